// Jiaxing's extent (west, south, east, north; degrees WGS84): the map opens framed on it.
import { bbox } from "@turf/turf";
import type { FeatureCollection } from "geojson";

// Used until the basemap's city outline has loaded, or if it failed to.
export const JIAXING_BOUNDS: [number, number, number, number] = [120.28, 30.21, 121.3, 31.04];

export function cityBounds(outline: FeatureCollection | undefined): [number, number, number, number] {
  if (!outline || outline.features.length === 0) return JIAXING_BOUNDS;
  const [west, south, east, north] = bbox(outline);
  return [west, south, east, north];
}
