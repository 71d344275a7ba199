// Selecting, hovering and framing projects: a selection frames its project; a shared link with a project
// opens it framed once the data is in. A pick on the map close up (zoom ≥ 11) keeps the reader's zoom
// (issue 28): framing a long railway would zoom far out from the spot they chose.
import { useCallback, useEffect } from "react";
import { type Bounds, boundsOf } from "../../geo/coordinates";
import type { AppState } from "./app-state";
import { type AppStore, actions } from "./app-store";
import type { DerivedProjects } from "./use-projects";

// From this zoom a pick on the map never zooms out (web-mercator zoom: a town and its surroundings).
export const CLOSE_UP_PICK_ZOOM = 11;

export function useSelection(store: AppStore, state: AppState, projects: DerivedProjects) {
  const frameProject = useCallback(
    (id: string) => {
      const feature = projects.byId.get(id);
      if (feature) store.update(actions.requestFrame(boundsOf(feature)));
    },
    [store, projects.byId],
  );
  const select = useCallback(
    (id: string | null) => {
      store.update(actions.select(id));
      if (id) frameProject(id);
    },
    [store, frameProject],
  );
  const selectOnMap = useCallback(
    (id: string | null, at?: [number, number]) => {
      const zoom = store.get().camera?.zoom ?? 0;
      if (!id || zoom < CLOSE_UP_PICK_ZOOM) return select(id);
      store.update(actions.select(id));
      const feature = projects.byId.get(id);
      const bounds: Bounds | null = at ? [at[0], at[1], at[0], at[1]] : feature ? boundsOf(feature) : null;
      if (bounds) store.update(actions.requestFrame(bounds, { keepZoom: true }));
    },
    [store, select, projects.byId],
  );
  const hover = useCallback((id: string | null) => store.update(actions.hover(id)), [store]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: only when the data first arrives
  useEffect(() => {
    if (state.selectedId && !state.camera) frameProject(state.selectedId);
  }, [projects.byId]);

  return { select, selectOnMap, hover, frameProject };
}
