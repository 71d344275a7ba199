// The "then and now" view's actions: which view colours the map, and the year it shows. Pure, like
// app-store.ts's actions; the view and year are in the link (view=progress&year=2024).
import type { AppState } from "../app/app-state";
import type { MapView } from "../app/view-state";

type Action = (state: AppState) => AppState;

export const progressActions = {
  setMapView:
    (mapView: MapView): Action =>
    (state) =>
      state.mapView === mapView ? state : { ...state, mapView },
  // null: the record's as_of year, left out of the link.
  setYear:
    (year: number | null): Action =>
    (state) =>
      state.year === year ? state : { ...state, year },
};
