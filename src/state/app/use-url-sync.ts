// Keeps the address bar equal to the view, so any moment can be shared or bookmarked. replaceState, not
// pushState: filter clicks and map moves should not flood the Back button. When the address changes under
// the app (Back, Forward, or a script), the new link is parsed and applied like a fresh visit.
import { useEffect } from "react";
import type { AppState } from "./app-state";
import { type AppStore, actions } from "./app-store";
import { parseViewState, serialiseViewState } from "./url-state";

export function useUrlSync(state: AppState, store: AppStore): void {
  const search = serialiseViewState(state);
  useEffect(() => {
    if (window.location.search === search) return;
    const url = `${window.location.pathname}${search}${window.location.hash}`;
    window.history.replaceState(null, "", url);
  }, [search]);

  useEffect(() => {
    const onPopState = () => {
      const { view, notices } = parseViewState(window.location.search);
      store.update((current) => ({ ...current, ...view, hoveredId: null, urlNotices: notices }));
      if (view.camera) store.update(actions.requestCamera(view.camera));
    };
    window.addEventListener("popstate", onPopState);
    return () => window.removeEventListener("popstate", onPopState);
  }, [store]);
}
