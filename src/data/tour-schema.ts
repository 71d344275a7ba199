import { type IndexedProperties, searchText } from "../filters/indexed-properties";
import { matchesFilters } from "../filters/matches-filters";
// The contract for data/tour.json, the built-in presentation: an ordered list of slides, each a camera,
// a filter and a few highlighted projects with the plan's own words as its caption. Presenters edit the
// JSON, never code; src/data/validate-tour.ts checks it in the app and in `npm run validate`.
import { DEFAULT_FILTERS, type ProjectFilters } from "../filters/project-filters";
import type { Camera } from "../state/view-state";
import type { ProjectProperties } from "./project-schema";

// The filter facets a slide may set; a facet left out shows everything, as in a link.
export const TOUR_FILTER_KEYS = ["pillars", "statuses", "layers", "counties"] as const;
export type TourFilterKey = (typeof TOUR_FILTER_KEYS)[number];
export type TourFilters = Partial<Pick<ProjectFilters, TourFilterKey>>;

export interface TourSlide {
  id: string; // kebab-case, unique in the tour
  title_zh: string;
  title_en: string;
  // What the plan says, in its words (caption_zh quotes the plan; caption_en translates it faithfully).
  caption_zh: string;
  caption_en: string;
  // "fit": frame every project the slide shows, whatever the screen size.
  camera: Camera | "fit";
  filters: TourFilters;
  highlight: string[]; // project ids outlined on this slide
}

export interface Tour {
  slides: TourSlide[];
}

export const TOUR_FILE_NAME = "tour.json";

// Short enough to read from across a room, in characters: English needs about three letters for each
// Chinese character, so its limits are larger.
export const MAX_LENGTHS: Record<string, number> = {
  title_zh: 16,
  title_en: 40,
  caption_zh: 120,
  caption_en: 400,
};
// The camera limits of the map itself (see MapController): web-mercator zoom levels.
export const TOUR_ZOOM_RANGE = [6, 17] as const;

// The full filter a slide applies: facets it leaves out show everything, and a slide never searches.
export function slideFilters(slide: Pick<TourSlide, "filters">): ProjectFilters {
  return { ...DEFAULT_FILTERS, ...slide.filters, query: "" };
}

// Whether a slide's filters show a project: the same predicate as the list and the map.
export function slideShows(slide: Pick<TourSlide, "filters">, properties: ProjectProperties): boolean {
  const indexed = { ...properties, search_text: searchText(properties) } as IndexedProperties;
  return matchesFilters(
    indexed,
    slideFilters({
      filters:
        typeof slide.filters === "object" && slide.filters !== null && !Array.isArray(slide.filters)
          ? slide.filters
          : {},
    }),
  );
}
