// Jiaxing's extent (west, south, east, north; degrees WGS84): the map opens framed on it.

import type { FeatureCollection } from "geojson";
import { type Bounds, boundsOf } from "../geo/coordinates";

// Used until the basemap's city outline has loaded, or if it failed to.
export const JIAXING_BOUNDS: Bounds = [120.28, 30.21, 121.3, 31.04];

export function cityBounds(outline: FeatureCollection | undefined): Bounds {
  if (!outline || outline.features.length === 0) return JIAXING_BOUNDS;
  const [west, south, east, north] = boundsOf(outline);
  return [west, south, east, north];
}
