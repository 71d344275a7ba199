// Entering the presentation, from the first script: the P key and the header's button work at once,
// while the presenter's tour, keys and effects (use-presenter.ts) arrive in a chunk of their own. The
// store then says `present`, and that chunk shows the slide as soon as it is in.
import { useCallback, useEffect } from "react";
import { requestFullscreen } from "../../browser/fullscreen";
import type { AppStore } from "../app/app-store";
import { presenterActions } from "./presenter-actions";
import { isTextEntry, presenterCommand } from "./presenter-keys";

export function usePresenterEntry(store: AppStore): () => void {
  const enter = useCallback(() => {
    if (store.get().present) return;
    requestFullscreen();
    store.update(presenterActions.enter());
  }, [store]);
  // Capture phase, as the presenter's other keys: a P typed on the focused map must not reach it.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (isTextEntry(event.target) || store.get().present) return;
      if (presenterCommand(event, false, 0)?.type !== "enter") return;
      event.preventDefault();
      event.stopPropagation();
      enter();
    };
    window.addEventListener("keydown", onKey, true);
    return () => window.removeEventListener("keydown", onKey, true);
  }, [store, enter]);
  return enter;
}
