// Selecting, hovering and framing projects: a selection frames its project; a shared link with a project
// opens it framed once the data is in.
import { useCallback, useEffect } from "react";
import { boundsOf } from "../../geo/coordinates";
import type { AppState } from "./app-state";
import { type AppStore, actions } from "./app-store";
import type { DerivedProjects } from "./use-projects";

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
  const hover = useCallback((id: string | null) => store.update(actions.hover(id)), [store]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: only when the data first arrives
  useEffect(() => {
    if (state.selectedId && !state.camera) frameProject(state.selectedId);
  }, [projects.byId]);

  return { select, hover, frameProject };
}
