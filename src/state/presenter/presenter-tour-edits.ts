// The presenter's own tour, edited as data: started empty or as a copy of the plan's, a slide made from
// the view being framed, a slide's filters or view changed, slides moved and removed, and the passages of
// the plan joined into a caption. Pure, so each edit is unit tested without a page.
import { FACET_KEYS } from "../../data/facets";
import {
  type FrameCamera,
  type SlideView,
  TOUR_SCHEMA_VERSION,
  type Tour,
  type TourFilters,
  type TourSlide,
} from "../../data/tour-schema";
import { CAPTION_ELLIPSIS } from "../../data/validate-tour";
import { DEFAULT_FILTERS, type ProjectFilters, sameChoice } from "../../filters/project-filters";
import type { Bounds } from "../../geo/coordinates";

export interface SlideDraft {
  title_zh: string;
  title_en: string;
  caption_zh: string;
  caption_en: string;
  highlight: string[];
}

export const EMPTY_DRAFT: SlideDraft = {
  title_zh: "",
  title_en: "",
  caption_zh: "",
  caption_en: "",
  highlight: [],
};

export const OWN_TOUR_TITLES = { title_zh: "我的导览", title_en: "My tour" } as const;

/** A new tour of one's own: empty, or the plan's slides to change. */
export function startTour(from: Tour | null): Tour {
  return { version: TOUR_SCHEMA_VERSION, ...OWN_TOUR_TITLES, slides: from ? [...from.slides] : [] };
}

/** The facets that differ from the defaults: what a slide records (never the search). */
export function tourFilters(filters: ProjectFilters): TourFilters {
  const chosen: Record<string, string[]> = {};
  for (const key of FACET_KEYS) {
    if (!sameChoice(filters[key], DEFAULT_FILTERS[key])) chosen[key] = [...filters[key]];
  }
  return chosen as TourFilters;
}

// Degrees to 5 decimals: about a metre, far finer than a screen pixel at any zoom a slide uses.
const round = (value: number) => Number(value.toFixed(5));

/** The ground inside the frame outline as a slide's camera. */
export function frameCamera(frame: Bounds): FrameCamera {
  return { bounds: frame.map(round) as Bounds };
}

/** A slide of what is framed now: the ground inside the frame outline, the filters and the view. */
export function slideFromView(
  tour: Tour,
  draft: SlideDraft,
  filters: ProjectFilters,
  frame: Bounds,
  view: SlideView,
): TourSlide {
  return {
    id: uniqueId(tour, draft.title_en),
    title_zh: draft.title_zh.trim(),
    title_en: draft.title_en.trim(),
    caption_zh: draft.caption_zh.trim(),
    caption_en: draft.caption_en.trim(),
    camera: frameCamera(frame),
    filters: tourFilters(filters),
    ...(view.mode === "progress" ? { view } : {}),
    highlight: [...draft.highlight],
  };
}

/** The slide at `index` changed; the tour as it was when nothing changes or the index is out of range. */
export function changeSlide(tour: Tour, index: number, change: Partial<Omit<TourSlide, "id">>): Tour {
  const slide = tour.slides[index];
  if (!slide) return tour;
  const { view: _dropped, ...withoutView } = { ...slide, ...change };
  // A change that says view: undefined goes back to the plan's colours: the field leaves the slide.
  const next: TourSlide =
    "view" in change && change.view === undefined ? withoutView : { ...slide, ...change };
  return { ...tour, slides: tour.slides.map((other, position) => (position === index ? next : other)) };
}

export function addSlide(tour: Tour, slide: TourSlide): Tour {
  return { ...tour, slides: [...tour.slides, slide] };
}

export function moveSlide(tour: Tour, index: number, by: -1 | 1): Tour {
  const target = index + by;
  if (index < 0 || index >= tour.slides.length || target < 0 || target >= tour.slides.length) return tour;
  const slides = [...tour.slides];
  [slides[index], slides[target]] = [slides[target] as TourSlide, slides[index] as TourSlide];
  return { ...tour, slides };
}

export function removeSlide(tour: Tour, index: number): Tour {
  return { ...tour, slides: tour.slides.filter((_, position) => position !== index) };
}

export function renameTour(tour: Tour, titles: Partial<Pick<Tour, "title_zh" | "title_en">>): Tour {
  return { ...tour, ...titles };
}

/**
 * Adds a sentence of the plan to a caption. A sentence that follows straight on in the plan is joined
 * as it stands; any other is joined with "……", so the caption never pretends two passages are one.
 */
export function addPassage(caption: string, sentence: string, planText: string): string {
  if (caption === "") return sentence;
  const contiguous = planText.includes(caption + sentence);
  return `${caption}${contiguous ? "" : CAPTION_ELLIPSIS}${sentence}`;
}

/** Lowercase ASCII words joined by hyphens ("The air hub" → "the-air-hub"); "" when none. */
export function slug(text: string): string {
  return text
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40)
    .replace(/-+$/, "");
}

// A slide's id says what it is about ("the-air-hub"), numbered only when taken: a file name or problem
// that names it then reads as the slide, never as a position that moves ("my-slide-2" on slide 1).
function uniqueId(tour: Tour, title: string): string {
  const taken = new Set(tour.slides.map((slide) => slide.id));
  const base = slug(title) || "slide";
  if (!taken.has(base)) return base;
  let number = 2;
  while (taken.has(`${base}-${number}`)) number += 1;
  return `${base}-${number}`;
}
