// Wires sheetCameraStep to the store: closing the details returns the camera to where it was before
// they opened (see sheet-camera.ts), on a phone (the sheet) and, since issue 28, on a desk (the panel
// beside the map) alike: opening frames the project, closing takes the reader back.
import { useEffect } from "react";
import type { Bounds } from "../../geo/coordinates";
import { type AppStore, actions } from "../app/app-store";
import { type SheetReturn, sheetCameraStep } from "./sheet-camera";

export function useSheetCamera(store: AppStore, home: Bounds | null): void {
  useEffect(() => {
    let remembered: SheetReturn | null = null;
    let before = store.get();
    return store.subscribe(() => {
      const after = store.get();
      if (after.selectedId === before.selectedId) {
        before = after;
        return;
      }
      const step = sheetCameraStep(remembered, before, after);
      remembered = step.remembered;
      before = after;
      if (!step.restore || after.present) return;
      if (step.restore !== "home") store.update(actions.requestCamera(step.restore));
      else if (home) store.update(actions.requestFrame(home));
    });
  }, [store, home]);
}
