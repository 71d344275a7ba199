// Opening a project's details frames it (on a phone the sheet covers the lower half of the map, on a
// desk the panel its right side); closing them puts the camera back where the reader was, so the
// details feel like a layer, not a jump.
// Pure: given the selection before and after a change, what to remember and where to return.
import type { Camera } from "../../geo/camera";

// "home": the page's first view (the whole city), which has no camera in the state until the map moves.
export type SheetReturn = Camera | "home";

export interface SheetCameraStep {
  remembered: SheetReturn | null; // the view from before the sheet opened, while it is open
  restore: SheetReturn | null; // where to move now, when the sheet just closed
}

export function sheetCameraStep(
  remembered: SheetReturn | null,
  before: { selectedId: string | null; camera: Camera | null },
  after: { selectedId: string | null },
): SheetCameraStep {
  if (!before.selectedId && after.selectedId) return { remembered: before.camera ?? "home", restore: null };
  if (before.selectedId && !after.selectedId) return { remembered: null, restore: remembered };
  return { remembered, restore: null };
}
