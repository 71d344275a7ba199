// Where the app asks the map to look: frame some bounds, or go to a camera. One request at a time
// through the store (state/app/app-store.ts); the key makes a repeated request to the same place distinct.
// keepZoom frames without changing the zoom, and moves only if the bounds' centre is under a panel: a
// pick on the map close up, where the reader chose the scale (issue 28).
import type { Camera } from "../geo/camera";
import type { Bounds } from "../geo/coordinates";

export type CameraRequest = { key: number } & (
  | { kind: "frame"; bounds: Bounds; maxZoom?: number; keepZoom?: boolean }
  | { kind: "camera"; camera: Camera }
);

// Room around framed projects for what covers the map (detail panel, caption), in CSS pixels.
export interface Padding {
  top: number;
  bottom: number;
  left: number;
  right: number;
}
