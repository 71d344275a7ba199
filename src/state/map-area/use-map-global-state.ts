// What the map's layers read from global state, derived from the app's state (see layers/global-state.ts),
// and which projects the map outlines (feature state, see layers/project-highlight.ts).
import { useMemo } from "react";
import { filterGlobalState, type MapGlobalState } from "../../layers/global-state";
import type { ProjectHighlight } from "../../layers/project-highlight";
import type { AppState } from "../app/app-state";

const NO_STAGES: Record<string, string> = {};
const NO_IDS: string[] = [];

type GlobalStateInputs = Pick<AppState, "filters" | "language" | "mapView">;
type HighlightInputs = Pick<AppState, "selectedId" | "hoveredId" | "planHighlightIds">;

// Only the "then and now" view reads the stages, so the plan view is handed none. MapLibre reloads the
// project sources whenever a key that data-driven paint reads changes: handing the record over in the plan
// view made its arrival (≈ 0.3 s after the map is made) reload every project tile in the middle of the
// map's first load.
function stagesForView(mapView: AppState["mapView"], progressStages: Record<string, string>) {
  return mapView === "progress" ? progressStages : NO_STAGES;
}

export function mapGlobalState(
  state: GlobalStateInputs,
  progressStages: Record<string, string>,
  asideIds: string[] = NO_IDS,
): MapGlobalState {
  return {
    ...filterGlobalState(state.filters),
    language: state.language,
    asideIds,
    mapView: state.mapView,
    progressStages: stagesForView(state.mapView, progressStages),
  };
}

export function mapHighlight(state: HighlightInputs, spotlightIds: readonly string[]): ProjectHighlight {
  return {
    selectedId: state.selectedId,
    hoveredId: state.hoveredId,
    spotlightIds,
    planHighlightIds: state.planHighlightIds,
  };
}

export function useMapGlobalState(
  state: AppState,
  // The "then and now" lookup for the chosen year (state/progress/use-progress.ts); {} while the record loads.
  progressStages: Record<string, string> = NO_STAGES,
  // A slide's points beyond the city, drawn only in its locator inset.
  asideIds: string[] = NO_IDS,
): MapGlobalState {
  const { filters, language, mapView } = state;
  const stages = stagesForView(mapView, progressStages);
  return useMemo(
    () => mapGlobalState({ filters, language, mapView }, stages, asideIds),
    [filters, language, mapView, stages, asideIds],
  );
}

export function useMapHighlight(state: AppState, spotlightIds: readonly string[]): ProjectHighlight {
  const { selectedId, hoveredId, planHighlightIds } = state;
  return useMemo(
    () => mapHighlight({ selectedId, hoveredId, planHighlightIds }, spotlightIds),
    [selectedId, hoveredId, planHighlightIds, spotlightIds],
  );
}

/**
 * The projects the map hides (feature state, map/hidden-projects.ts): those the filters leave out, and a
 * tour slide's points beyond the city, which it draws only in its locator inset.
 */
export function useMapHiddenIds(
  filteredOut: ReadonlySet<string>,
  asideIds: readonly string[],
): ReadonlySet<string> {
  return useMemo(
    () => (asideIds.length === 0 ? filteredOut : new Set([...filteredOut, ...asideIds])),
    [filteredOut, asideIds],
  );
}
