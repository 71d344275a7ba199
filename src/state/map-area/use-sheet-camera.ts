// Wires sheetCameraStep to the store on a phone: closing the detail sheet returns the camera to where it
// was before the sheet opened (see sheet-camera.ts). The desktop panel sits beside the map and leaves
// the camera alone.
import { useEffect } from "react";
import type { Bounds } from "../../geo/coordinates";
import { type AppStore, actions } from "../app/app-store";
import { type SheetReturn, sheetCameraStep } from "./sheet-camera";

export function useSheetCamera(store: AppStore, narrow: boolean, home: Bounds | null): void {
  useEffect(() => {
    if (!narrow) return;
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
  }, [store, narrow, home]);
}
