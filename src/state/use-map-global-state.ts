// What the map's layers read from global state, derived from the app's state (see layers/global-state.ts).
import { useMemo } from "react";
import { filterGlobalState, type MapGlobalState } from "../layers/global-state";
import type { AppState } from "./app-store";

export function useMapGlobalState(state: AppState, spotlightIds: string[]): MapGlobalState {
  const { filters, language, selectedId, hoveredId, planHighlightIds } = state;
  return useMemo(
    () => ({
      ...filterGlobalState(filters),
      language,
      selectedId: selectedId ?? "",
      hoveredId: hoveredId ?? "",
      spotlightIds,
      planHighlightIds,
    }),
    [filters, language, selectedId, hoveredId, spotlightIds, planHighlightIds],
  );
}
