// The camera arithmetic of a web-mercator map with 512-pixel tiles, as MapLibre does it: what camera
// fits some bounds into the room a padding leaves, where a place lands on the screen, and which ground a
// screen rectangle shows. Pure, so framing can be checked at any screen size without a browser.
import type { Camera } from "./camera";
import type { Bounds } from "./coordinates";

export interface Viewport {
  width: number; // CSS pixels
  height: number;
}

export interface Insets {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export interface ScreenPoint {
  x: number;
  y: number;
}

// MapLibre draws the world 512 CSS pixels wide at zoom 0.
const TILE_SIZE = 512;

// Mercator x and y as shares of the world (0 to 1, y downwards).
export function mercatorX(longitude: number): number {
  return (longitude + 180) / 360;
}

export function mercatorY(latitude: number): number {
  const radians = (latitude * Math.PI) / 180;
  return (1 - Math.log(Math.tan(Math.PI / 4 + radians / 2)) / Math.PI) / 2;
}

function longitudeOf(x: number): number {
  return x * 360 - 180;
}

function latitudeOf(y: number): number {
  return (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;
}

const worldSize = (zoom: number) => TILE_SIZE * 2 ** zoom;

/**
 * The camera that shows `bounds` as large as it fits in the viewport less the padding, no closer than
 * maxZoom, as MapLibre's cameraForBounds (no bearing); null when the padding leaves no room.
 */
export function fitCamera(
  bounds: Bounds,
  viewport: Viewport,
  padding: Insets,
  maxZoom: number,
): Camera | null {
  const [west, south, east, north] = bounds;
  const spanX = mercatorX(east) - mercatorX(west);
  const spanY = mercatorY(south) - mercatorY(north);
  const roomX = viewport.width - padding.left - padding.right;
  const roomY = viewport.height - padding.top - padding.bottom;
  if (roomX <= 0 || roomY <= 0 || spanX <= 0 || spanY <= 0) return null;
  const zoom = Math.min(Math.log2(Math.min(roomX / spanX, roomY / spanY) / TILE_SIZE), maxZoom);
  const size = worldSize(zoom);
  // The bounds' centre sits in the middle of the room, which the padding moves off the screen's centre.
  const x = (mercatorX(west) + mercatorX(east)) / 2 - (padding.left - padding.right) / 2 / size;
  const y = (mercatorY(north) + mercatorY(south)) / 2 - (padding.top - padding.bottom) / 2 / size;
  return { longitude: longitudeOf(x), latitude: latitudeOf(y), zoom };
}

/** Where a place lands on the screen under this camera, in CSS pixels from the top left. */
export function screenPoint(camera: Camera, viewport: Viewport, [longitude, latitude]: readonly number[]) {
  const size = worldSize(camera.zoom);
  return {
    x: (mercatorX(longitude ?? 0) - mercatorX(camera.longitude)) * size + viewport.width / 2,
    y: (mercatorY(latitude ?? 0) - mercatorY(camera.latitude)) * size + viewport.height / 2,
  } satisfies ScreenPoint;
}

/** The ground a screen rectangle shows under this camera, as [west, south, east, north] degrees. */
export function groundOf(
  camera: Camera,
  viewport: Viewport,
  box: { left: number; top: number; right: number; bottom: number },
): Bounds {
  const size = worldSize(camera.zoom);
  const x = (pixels: number) => mercatorX(camera.longitude) + (pixels - viewport.width / 2) / size;
  const y = (pixels: number) => mercatorY(camera.latitude) + (pixels - viewport.height / 2) / size;
  return [
    longitudeOf(x(box.left)),
    latitudeOf(y(box.bottom)),
    longitudeOf(x(box.right)),
    latitudeOf(y(box.top)),
  ];
}
