// The presenter's own tour, edited as data: a slide made from the current view, moved, removed, and the
// passages of the plan joined into a caption. Pure, so each edit is unit tested without a page.
import { FACET_KEYS } from "../../data/facets";
import type { Tour, TourFilters, TourSlide } from "../../data/tour-schema";
import { CAPTION_ELLIPSIS } from "../../data/validate-tour";
import { DEFAULT_FILTERS, type ProjectFilters, sameChoice } from "../../filters/project-filters";
import type { Camera } from "../../geo/camera";

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

/** A slide showing what the map shows now: its facets (never the search), its camera to 3 decimals. */
export function slideFromView(
  tour: Tour,
  draft: SlideDraft,
  filters: ProjectFilters,
  camera: Camera,
): TourSlide {
  const chosen: TourFilters = {};
  for (const key of FACET_KEYS) {
    if (!sameChoice(filters[key], DEFAULT_FILTERS[key]))
      (chosen as Record<string, string[]>)[key] = [...filters[key]];
  }
  const round = (value: number, places: number) => Number(value.toFixed(places));
  return {
    id: uniqueId(tour),
    title_zh: draft.title_zh.trim(),
    title_en: draft.title_en.trim(),
    caption_zh: draft.caption_zh.trim(),
    caption_en: draft.caption_en.trim(),
    camera: {
      longitude: round(camera.longitude, 4),
      latitude: round(camera.latitude, 4),
      zoom: round(camera.zoom, 2),
    },
    filters: chosen,
    highlight: [...draft.highlight],
  };
}

export function addSlide(tour: Tour, slide: TourSlide): Tour {
  return { slides: [...tour.slides, slide] };
}

export function moveSlide(tour: Tour, index: number, by: -1 | 1): Tour {
  const target = index + by;
  if (index < 0 || index >= tour.slides.length || target < 0 || target >= tour.slides.length) return tour;
  const slides = [...tour.slides];
  [slides[index], slides[target]] = [slides[target] as TourSlide, slides[index] as TourSlide];
  return { slides };
}

export function removeSlide(tour: Tour, index: number): Tour {
  return { slides: tour.slides.filter((_, position) => position !== index) };
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

// "my-slide-3": the first free number, so ids stay unique after moves and deletions.
function uniqueId(tour: Tour): string {
  const taken = new Set(tour.slides.map((slide) => slide.id));
  let number = tour.slides.length + 1;
  while (taken.has(`my-slide-${number}`)) number += 1;
  return `my-slide-${number}`;
}
