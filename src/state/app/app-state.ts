// The app's state: what a link restores (ViewState) plus what only lives in this tab. The actions that
// change it are in app-store.ts and in each feature's own actions file, which import this type, not the store.
import type { ProjectFilters } from "../../filters/project-filters";
import type { Camera } from "../../geo/camera";
import type { CameraRequest } from "../../map/camera-request";
import type { PlanTarget } from "../plan-text/plan-target";
import type { UrlNotice } from "./url-state";
import type { ViewState } from "./view-state";

// What leaving the tour puts back.
export interface BeforeTour {
  filters: ProjectFilters;
  camera: Camera | null;
  selectedId: string | null;
  language: ViewState["language"];
  tab: ViewState["tab"];
  mapView: ViewState["mapView"]; // a slide may show the progress view; leaving puts back the reader's
  year: ViewState["year"];
}

export interface AppState extends ViewState {
  hoveredId: string | null;
  urlNotices: UrlNotice[];
  // The one channel that moves the camera (a link applied while open, a selection, a tour slide). The
  // map's own moves only update `camera`.
  cameraRequest: CameraRequest | null;
  beforeTour: BeforeTour | null;
  lastSlide: number | null; // entering the tour again resumes where the presenter left
  // The plan tab: where it should land, and the projects of the clause under the pointer or focus.
  planTarget: PlanTarget | null;
  planHighlightIds: string[];
  // Counts the requests for the results to lead the projects tab (a search pick of a county, layer or
  // pillar, Enter in the search): the tab folds its filters and shows the list at the top.
  resultsKey: number;
}

export function initialAppState(view: ViewState, urlNotices: UrlNotice[]): AppState {
  return {
    ...view,
    hoveredId: null,
    urlNotices,
    cameraRequest: null,
    beforeTour: null,
    lastSlide: null,
    planTarget: null,
    planHighlightIds: [],
    resultsKey: 0,
  };
}
