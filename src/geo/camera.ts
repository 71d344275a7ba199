// Where the map looks, and the limits every part of the app holds it to: the map itself, tour slides,
// links and the benchmark's bare page read the same table.
import type { Bounds } from "./coordinates";

export interface Camera {
  longitude: number; // degrees east, WGS84
  latitude: number; // degrees north, WGS84
  zoom: number; // web-mercator zoom level
}

export const MAP_LIMITS = {
  // The camera may look this far around Jiaxing (degrees): room to reach Nantong, Ningbo and Shanghai.
  maxBounds: [117.5, 28.5, 124.5, 33.5] as Bounds,
  minZoom: 6,
  maxZoom: 17,
  // Framing a small project stops here so a station or an airport still shows its surroundings.
  frameMaxZoom: 13,
} as const;

export function withinMapLimits(camera: Camera): boolean {
  const [west, south, east, north] = MAP_LIMITS.maxBounds;
  return (
    camera.longitude >= west &&
    camera.longitude <= east &&
    camera.latitude >= south &&
    camera.latitude <= north &&
    camera.zoom >= MAP_LIMITS.minZoom &&
    camera.zoom <= MAP_LIMITS.maxZoom
  );
}
