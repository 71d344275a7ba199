// Moves the map as one camera request asks. Framing goes through cameraForBounds and then a plain
// camera move, so MapLibre never keeps the padding: a later move to a linked camera lands exactly on it
// (a kept padding shifted the centre).
import type { LngLatBoundsLike, Map as MapLibreMap } from "maplibre-gl";
import { MAP_LIMITS } from "../geo/camera";
import type { Bounds } from "../geo/coordinates";
import type { CameraRequest, Padding } from "./camera-request";
import { resizeWhenChanged } from "./resize-when-changed";

export function moveCamera(
  map: MapLibreMap,
  request: CameraRequest,
  padding: Padding,
  reducedMotion: boolean,
): void {
  const mark = () => markWhenDrawn(map, request.key);
  map.once("moveend", mark);
  if (!move(map, request, padding, reducedMotion)) {
    map.off("moveend", mark);
    mark();
    map.triggerRepaint();
  }
}

/**
 * data-camera-key on the map's container names the last camera request whose move has ended and been
 * drawn (the idle after it): the presenter, and its tests, know from it that a slide's frame is on
 * screen, not just asked for.
 */
export function markWhenDrawn(map: MapLibreMap, key: number): void {
  map.once("idle", () => {
    map.getContainer().dataset.cameraKey = String(key);
  });
}

function move(map: MapLibreMap, request: CameraRequest, padding: Padding, reducedMotion: boolean): boolean {
  // The layout may have changed in the same render (leaving the presenter brings the sidebar back)
  // before the ResizeObserver fires: an animation computed for the old size keeps the old centre point
  // and lands off by half the size change. Measure first.
  resizeWhenChanged(map);
  const target =
    request.kind === "camera"
      ? {
          center: [request.camera.longitude, request.camera.latitude] as [number, number],
          zoom: request.camera.zoom,
        }
      : request.keepZoom
        ? keepZoomTarget(map, request.bounds, padding)
        : frameTarget(map, request.bounds, padding, request.maxZoom ?? MAP_LIMITS.frameMaxZoom);
  if (!target) return false;
  if (reducedMotion) map.jumpTo(target);
  else if (request.kind === "frame") map.easeTo({ ...target, duration: 900 });
  else map.flyTo({ ...target, duration: 1600, essential: false });
  return true;
}

function frameTarget(map: MapLibreMap, bounds: Bounds, padding: Padding, maxZoom: number) {
  const fitWithin = (around: Padding | number) =>
    map.cameraForBounds(bounds as LngLatBoundsLike, { padding: around, maxZoom });
  // Padding larger than the map (a narrow window with the detail panel open) leaves no room: frame
  // with a small margin instead.
  const camera = fitWithin(padding) ?? fitWithin(8);
  if (!camera?.center) return null;
  return { center: camera.center, zoom: camera.zoom ?? map.getZoom() };
}

// The zoom stays; the map pans only when the bounds' centre lies outside the part of the map the panels
// leave free (a detail panel opened over the spot that was picked), to put it in the middle of that part.
function keepZoomTarget(map: MapLibreMap, bounds: Bounds, padding: Padding) {
  const center: [number, number] = [(bounds[0] + bounds[2]) / 2, (bounds[1] + bounds[3]) / 2];
  const point = map.project(center);
  const { width, height } = map.getCanvas().getBoundingClientRect();
  const free =
    point.x >= padding.left &&
    point.x <= width - padding.right &&
    point.y >= padding.top &&
    point.y <= height - padding.bottom;
  if (free) return null;
  const zoom = map.getZoom();
  // Where the centre must go so the spot lands mid-way across the free part.
  const dx = (padding.left - padding.right) / 2;
  const dy = (padding.top - padding.bottom) / 2;
  const shifted = map.unproject([map.project(center).x - dx, map.project(center).y - dy]);
  return { center: [shifted.lng, shifted.lat] as [number, number], zoom };
}
