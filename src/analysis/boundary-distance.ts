// Distance from a point to the nearest edge of a prepared polygon (a county border), reading only the
// edges within reach (the polygon's R-tree).
import {
  cosineOfLatitude,
  KILOMETRES_PER_DEGREE,
  keepNearerSegment,
  type NearestOnSegment,
} from "../geo/local-distance";
import { edgesNear, type PreparedPolygon } from "./prepared-polygon";

// The nearest edge within limitKilometres of (x, y); distance Infinity when none is that close.
export function nearestBoundary(
  prepared: PreparedPolygon,
  x: number,
  y: number,
  limitKilometres: number,
  into: NearestOnSegment,
): NearestOnSegment {
  into.distanceKilometres = Infinity;
  const reach = limitKilometres / KILOMETRES_PER_DEGREE;
  if (y + reach < prepared.south || y - reach > prepared.north) return into;
  const cosLatitude = cosineOfLatitude(y);
  // Degrees of longitude shrink towards the pole: reach as far as the box's poleward edge needs.
  const poleward = Math.min(Math.abs(y) + reach, 89.9);
  const reachX = reach / Math.max(cosineOfLatitude(poleward), 1e-6);
  const candidate: NearestOnSegment = { distanceKilometres: Infinity, x: 0, y: 0 };
  for (const edge of edgesNear(prepared, x - reachX, y - reach, x + reachX, y + reach)) {
    keepNearerSegment(prepared.edges, edge, x, y, cosLatitude, limitKilometres, candidate, into);
  }
  return into;
}
