// Everything a shared link restores: filters, search, selection, camera, language, the sidebar tab, the
// planner's question, the progress view and the presenter's tour.
import { DEFAULT_DISTANCE_KILOMETRES } from "../../analysis/validate-distance";
import type { CountyCode, LayerName } from "../../data/project-schema";
import { DEFAULT_FILTERS, type ProjectFilters } from "../../filters/project-filters";
import type { Camera } from "../../geo/camera";
import type { Language } from "../../i18n/language";

export type { Camera };

export const SIDEBAR_TABS = ["projects", "planner", "plan", "layers"] as const;
export type SidebarTab = (typeof SIDEBAR_TABS)[number];
// The layers whose N-km catchment the planner can draw.
export const CATCHMENT_LAYERS = ["railway", "highway", "waterway"] as const satisfies readonly LayerName[];
export type CatchmentLayer = (typeof CATCHMENT_LAYERS)[number];
// "plan": colours show what 2020 asked; "progress": each project's latest recorded stage at `year`.
export const MAP_VIEWS = ["plan", "progress"] as const;
export type MapView = (typeof MAP_VIEWS)[number];
// "plan": data/tour.json; "mine": the presenter's own tour kept in this browser.
export const TOUR_CHOICES = ["plan", "mine"] as const;
export type TourChoice = (typeof TOUR_CHOICES)[number];

export interface ViewState {
  language: Language;
  filters: ProjectFilters;
  selectedId: string | null;
  camera: Camera | null; // null: frame the whole city
  embed: boolean;
  present: boolean;
  slide: number | null; // 1-based tour slide while presenting
  tab: SidebarTab;
  distance: number; // planner's N, kilometres
  catchments: CatchmentLayer[];
  selectedCounty: CountyCode | null; // planner's selection by county
  mapView: MapView;
  year: number | null; // progress view: null means the record's as_of year
  tour: TourChoice;
}

export const DEFAULT_VIEW: ViewState = {
  language: "zh",
  filters: DEFAULT_FILTERS,
  selectedId: null,
  camera: null,
  embed: false,
  present: false,
  slide: null,
  tab: "projects",
  distance: DEFAULT_DISTANCE_KILOMETRES,
  catchments: ["railway"],
  selectedCounty: null,
  mapView: "plan",
  year: null,
  tour: "plan",
};
