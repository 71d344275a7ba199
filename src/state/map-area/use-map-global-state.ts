// What the map's layers read from global state, derived from the app's state (see layers/global-state.ts).
import { useMemo } from "react";
import { filterGlobalState, type MapGlobalState } from "../../layers/global-state";
import type { AppState } from "../app/app-state";

const NO_STAGES: Record<string, string> = {};
const NO_IDS: string[] = [];

type GlobalStateInputs = Pick<
  AppState,
  "filters" | "language" | "selectedId" | "hoveredId" | "mapView" | "planHighlightIds"
>;

// Only the "then and now" view reads the stages, so the plan view is handed none. MapLibre reloads the
// project sources whenever a key that data-driven paint reads changes: handing the record over in the plan
// view made its arrival (≈ 0.3 s after the map is made) reload every project tile in the middle of the
// map's first load.
function stagesForView(mapView: AppState["mapView"], progressStages: Record<string, string>) {
  return mapView === "progress" ? progressStages : NO_STAGES;
}

export function mapGlobalState(
  state: GlobalStateInputs,
  spotlightIds: string[],
  progressStages: Record<string, string>,
  asideIds: string[] = NO_IDS,
): MapGlobalState {
  return {
    ...filterGlobalState(state.filters),
    language: state.language,
    selectedId: state.selectedId ?? "",
    hoveredId: state.hoveredId ?? "",
    spotlightIds,
    asideIds,
    mapView: state.mapView,
    progressStages: stagesForView(state.mapView, progressStages),
    planHighlightIds: state.planHighlightIds,
  };
}

export function useMapGlobalState(
  state: AppState,
  spotlightIds: string[],
  // The "then and now" lookup for the chosen year (state/progress/use-progress.ts); {} while the record loads.
  progressStages: Record<string, string> = NO_STAGES,
  // A slide's points beyond the city, drawn only in its locator inset.
  asideIds: string[] = NO_IDS,
): MapGlobalState {
  const { filters, language, selectedId, hoveredId, mapView, planHighlightIds } = state;
  const stages = stagesForView(mapView, progressStages);
  return useMemo(
    () =>
      mapGlobalState(
        { filters, language, selectedId, hoveredId, mapView, planHighlightIds },
        spotlightIds,
        stages,
        asideIds,
      ),
    [filters, language, selectedId, hoveredId, spotlightIds, mapView, stages, planHighlightIds, asideIds],
  );
}
