// What the map's layers read from global state, derived from the app's state (see layers/global-state.ts).
import { useMemo } from "react";
import { filterGlobalState, type MapGlobalState } from "../layers/global-state";
import type { AppState } from "./app-store";

export function useMapGlobalState(
  state: AppState,
  spotlightIds: string[],
  // The "then and now" lookup for the chosen year (state/use-progress.ts); {} while the record loads.
  progressStages: Record<string, string> = {},
): MapGlobalState {
  const { filters, language, selectedId, hoveredId, mapView, planHighlightIds } = state;
  return useMemo(
    () => ({
      ...filterGlobalState(filters),
      language,
      selectedId: selectedId ?? "",
      hoveredId: hoveredId ?? "",
      spotlightIds,
      mapView,
      progressStages,
      planHighlightIds,
    }),
    [filters, language, selectedId, hoveredId, spotlightIds, mapView, progressStages, planHighlightIds],
  );
}
