// Kilometres from the nearest of some positions to the nearest feature of a proximity index, or null
// when none is within limitKilometres: "how far is this site from the nearest railway project?"
import type { Position } from "geojson";
import type { NearestOnSegment } from "../geo/local-distance";
import { nearestFeature, type ProximityIndex } from "./proximity-index";

export function nearestDistance(
  index: ProximityIndex,
  positions: readonly Position[],
  limitKilometres: number,
): number | null {
  const into: NearestOnSegment = { distanceKilometres: Infinity, x: 0, y: 0 };
  let best = Infinity;
  for (const position of positions) {
    // enough = 0: keep looking for the true nearest within the limit, not just any one within it.
    nearestFeature(index, position[0] as number, position[1] as number, 0, limitKilometres, into);
    best = Math.min(best, into.distanceKilometres);
  }
  return best <= limitKilometres ? best : null;
}
