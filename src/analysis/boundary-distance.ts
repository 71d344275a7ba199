// Distance from a point to the nearest edge of a prepared polygon (a county border), reading only the
// latitude bands within reach.
import {
  cosineOfLatitude,
  KILOMETRES_PER_DEGREE,
  type NearestOnSegment,
  nearestOnSegment,
} from "../geo/local-distance";
import { bandRange, type PreparedPolygon } from "./prepared-polygon";

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
  if (y + reach < prepared.south || y - reach > prepared.north || prepared.edges.length === 0) return into;
  if (prepared.queryCount === 0xffffffff) {
    prepared.seenStamp.fill(0);
    prepared.queryCount = 0;
  }
  const stamp = ++prepared.queryCount;
  const cosLatitude = cosineOfLatitude(y);
  const candidate: NearestOnSegment = { distanceKilometres: Infinity, x: 0, y: 0 };
  const edges = prepared.edges;
  const [first, last] = bandRange(prepared, y - reach, y + reach);
  for (let band = first; band <= last; band++) {
    for (const edge of prepared.bands[band] ?? []) {
      if (prepared.seenStamp[edge] === stamp) continue;
      prepared.seenStamp[edge] = stamp;
      const at = edge * 4;
      nearestOnSegment(
        x,
        y,
        edges[at] as number,
        edges[at + 1] as number,
        edges[at + 2] as number,
        edges[at + 3] as number,
        cosLatitude,
        candidate,
      );
      if (
        candidate.distanceKilometres < into.distanceKilometres &&
        candidate.distanceKilometres <= limitKilometres
      ) {
        into.distanceKilometres = candidate.distanceKilometres;
        into.x = candidate.x;
        into.y = candidate.y;
      }
    }
  }
  return into;
}
