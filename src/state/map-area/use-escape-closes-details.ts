// Escape closes the open project and returns focus to where the user came from: its row in the list.
import { useEffect } from "react";
import { type AppStore, actions } from "../app/app-store";

export function useEscapeClosesDetails(store: AppStore): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const open = store.get().selectedId;
      if (event.key !== "Escape" || !open || store.get().present) return;
      store.update(actions.select(null));
      document.querySelector<HTMLElement>(`[data-project-id="${CSS.escape(open)}"]`)?.focus();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [store]);
}
