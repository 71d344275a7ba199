// The position of the index-th imported feature, for tests; throws unless it is a point.
import type { Position } from "geojson";
import type { ImportResult } from "../../src/import/import-types";

export function positionOf(result: ImportResult, index = 0): Position {
  const geometry = result.layer.features.features[index]?.geometry;
  if (geometry?.type !== "Point") throw new Error(`feature ${index} is not a point`);
  return geometry.coordinates;
}
