// While the tour editor is open it docks beside the map, and the map shows the slide being made as a
// frame outline: the room the presentation leaves for the map (the screen less its panels), scaled to
// fit beside the editor. Framing fills exactly that outline, and "add this view" stores the ground
// inside it, which the presentation then fits into its room: what is framed is what the slide shows.
import type { Padding } from "../../map/camera-request";
import type { OverlayBox } from "../map-area/map-padding";

export interface Screen {
  width: number;
  height: number;
}

// Room kept between the outline, the editor and the screen's edge, as a share of the shorter side.
const GAP = 0.02;

/** The stage beside the editor: right of a sheet docked left, above a sheet docked at the bottom. */
export function editingStage(screen: Screen, editor: OverlayBox): OverlayBox {
  const gap = Math.round(Math.min(screen.width, screen.height) * GAP);
  const dockedBelow = editor.top > screen.height * 0.3;
  return dockedBelow
    ? { left: gap, top: gap, right: screen.width - gap, bottom: editor.top - gap }
    : { left: editor.right + gap, top: gap, right: screen.width - gap, bottom: screen.height - gap };
}

/** The outline: the presentation's room (its padding on this screen), as large as fits in the stage. */
export function editingFrame(screen: Screen, room: Padding, stage: OverlayBox): OverlayBox {
  const roomWidth = Math.max(screen.width - room.left - room.right, 1);
  const roomHeight = Math.max(screen.height - room.top - room.bottom, 1);
  const stageWidth = Math.max(stage.right - stage.left, 1);
  const stageHeight = Math.max(stage.bottom - stage.top, 1);
  const scale = Math.min(stageWidth / roomWidth, stageHeight / roomHeight);
  const width = roomWidth * scale;
  const height = roomHeight * scale;
  const left = stage.left + (stageWidth - width) / 2;
  const top = stage.top + (stageHeight - height) / 2;
  return { left, top, right: left + width, bottom: top + height };
}
