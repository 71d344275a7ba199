// The contract for data/tour.json, the built-in presentation: an ordered list of slides, each a camera,
// a filter and a few highlighted projects with the plan's own words as its caption. Presenters edit the
// JSON, never code; src/data/validate-tour.ts checks it in the app and in `npm run validate`.
import { type Camera, MAP_LIMITS } from "../geo/camera";
import { FACET_KEYS, type FacetChoices } from "./facets";

// The filter facets a slide may set; a facet left out shows everything, as in a link.
export const TOUR_FILTER_KEYS = FACET_KEYS;
export type TourFilterKey = (typeof TOUR_FILTER_KEYS)[number];
export type TourFilters = Partial<FacetChoices>;

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
// The camera limits of the map itself: web-mercator zoom levels.
export const TOUR_ZOOM_RANGE = [MAP_LIMITS.minZoom, MAP_LIMITS.maxZoom] as const;
