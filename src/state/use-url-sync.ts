// Keeps the address bar equal to the view, so any moment can be shared or bookmarked. replaceState, not
// pushState: filter clicks and map moves should not flood the Back button.
import { useEffect } from "react";
import type { AppState } from "./app-store";
import { serialiseViewState } from "./url-state";

export function useUrlSync(state: AppState): void {
  const search = serialiseViewState(state);
  useEffect(() => {
    if (window.location.search === search) return;
    const url = `${window.location.pathname}${search}${window.location.hash}`;
    window.history.replaceState(null, "", url);
  }, [search]);
}
