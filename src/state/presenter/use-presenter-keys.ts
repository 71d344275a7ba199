// The presentation's keys and full screen: a clicker's PageDown or an arrow turns the slide (captured,
// so a focused map does not pan), Escape closes the editor and then leaves, and the browser's own exit
// from full screen (Escape, F11) leaves the presentation too.
import { type RefObject, useEffect } from "react";
import type { AppStore } from "../app/app-store";
import { isTextEntry, type PresenterCommand, presenterCommand } from "./presenter-keys";

export function usePresenterKeys(
  store: AppStore,
  count: number,
  run: (command: Exclude<PresenterCommand, { type: "enter" }>) => void,
): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (isTextEntry(event.target)) return;
      // In the tour editor Space and Enter press its buttons and the arrows move in its lists; only
      // Escape (close the editor) is the presentation's there.
      const inEditor = event.target instanceof Element && event.target.closest("[data-own-keys]") !== null;
      if (inEditor && event.key !== "Escape") return;
      const command = presenterCommand(event, store.get().present, count);
      // Entering is use-presenter-entry.ts's, which listens from the first script on.
      if (!command || command.type === "enter") return;
      event.preventDefault();
      event.stopPropagation();
      run(command);
    };
    window.addEventListener("keydown", onKey, true);
    return () => window.removeEventListener("keydown", onKey, true);
  }, [store, count, run]);
}

// The browser's own Escape (or F11) ends full screen without a key event reaching the page. This chunk
// may arrive after full screen has begun (the header's button asks for it at once), so the listener
// starts from what the page is showing now. `wasFullscreen` is cleared by a leave of our own: the exit's
// fullscreenchange can arrive after P has started a new presentation, and must not end that one.
export function useFullscreenExit(
  store: AppStore,
  leave: () => void,
  wasFullscreen: RefObject<boolean>,
): void {
  useEffect(() => {
    wasFullscreen.current = document.fullscreenElement !== null;
    const onChange = () => {
      if (document.fullscreenElement) wasFullscreen.current = true;
      else if (wasFullscreen.current) {
        wasFullscreen.current = false;
        if (store.get().present) leave();
      }
    };
    document.addEventListener("fullscreenchange", onChange);
    return () => document.removeEventListener("fullscreenchange", onChange);
  }, [store, leave, wasFullscreen]);
}
