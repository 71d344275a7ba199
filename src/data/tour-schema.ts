// The contract for a tour file (data/tour.json, the built-in presentation, and the files presenters
// download and load): an ordered list of slides, each a view of the map — a camera, a filter, the plan or
// progress colouring — with a few highlighted projects and the plan's own words as its caption.
// Presenters edit the JSON, never code; src/data/validate-tour.ts checks it in the app and in
// `npm run validate`.
import { type Camera, MAP_LIMITS } from "../geo/camera";
import type { Bounds } from "../geo/coordinates";
import { FACET_KEYS, type FacetChoices } from "./facets";
import { EARLIEST_YEAR } from "./progress-schema";

// The filter facets a slide may set; a facet left out shows everything, as in a link.
export const TOUR_FILTER_KEYS = FACET_KEYS;
export type TourFilterKey = (typeof TOUR_FILTER_KEYS)[number];
export type TourFilters = Partial<FacetChoices>;

// What a slide frames. "fit": every project the slide shows, on any screen. A frame ({bounds}): exactly
// this stretch of ground, fitted into the room the panels leave on any screen (what "add this view"
// stores). A camera: a centre and zoom, as in a link; what it shows depends on the screen's size.
export interface FrameCamera {
  bounds: Bounds; // west, south, east, north in degrees (WGS84)
}
export type SlideCamera = "fit" | Camera | FrameCamera;

export const MAP_VIEWS = ["plan", "progress"] as const;
// How the slide colours the projects: by what 2020 asked ("plan"), or by the recorded stage at `year`
// ("progress"; no year: the record's latest). Left out: the plan's colours.
export interface SlideView {
  mode: (typeof MAP_VIEWS)[number];
  year?: number;
}

export interface TourSlide {
  id: string; // kebab-case, unique in the tour
  title_zh: string;
  title_en: string;
  // What the plan says, in its words (caption_zh quotes the plan; caption_en translates it faithfully).
  caption_zh: string;
  caption_en: string;
  camera: SlideCamera;
  filters: TourFilters;
  view?: SlideView;
  highlight: string[]; // project ids outlined on this slide
}

export interface Tour {
  // The schema the file was written for; a file without one is version 1 (no frames, no views), which
  // version 2 reads as it stands.
  version?: number;
  // The tour's name, for its files: "…-slide-3.png", "my-tour.tour.json".
  title_zh?: string;
  title_en?: string;
  slides: TourSlide[];
}

export const TOUR_SCHEMA_VERSION = 2;
export const TOUR_FILE_NAME = "tour.json";
export const PROGRESS_FIRST_YEAR = EARLIEST_YEAR;

export function isFrameCamera(camera: SlideCamera): camera is FrameCamera {
  return typeof camera === "object" && "bounds" in camera;
}

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
