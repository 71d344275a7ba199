// MapLibre's resize() sets the canvas's width and height even when they are unchanged, and setting
// either attribute discards the WebGL drawing buffer: the GPU process allocates a new one and the map
// draws its whole frame again, then fires movestart/move/moveend. A ResizeObserver reports every
// element once when it starts watching, and the camera measures before each move, so most calls find
// the size unchanged (at 41 projects the start reset the buffer once, 70 ms after the map was made,
// while the bare MapLibre page never did).
import type { Map as MapLibreMap } from "maplibre-gl";

/** Resizes the map only when its container's size (CSS pixels) or the pixel ratio changed. */
export function resizeWhenChanged(map: MapLibreMap): boolean {
  const container = map.getContainer();
  // MapLibre's own measure: whole CSS pixels, 400 × 300 for a container with no size.
  const width = Math.floor(container.clientWidth) || 400;
  const height = Math.floor(container.clientHeight) || 300;
  const ratio = map.getPixelRatio();
  const canvas = map.getCanvas();
  // A ratio MapLibre had to lower for a canvas over the GPU's limit never matches: it resizes as before.
  if (canvas.width === Math.round(width * ratio) && canvas.height === Math.round(height * ratio))
    return false;
  map.resize();
  return true;
}
