// How far a position lies from a polygon's boundary, for the shore tolerance of the county and city
// checks. The county polygons are clipped to Natural Earth land, whose coastline is off by 100 m and
// more, so a pier, port or bridge end drawn on the real shore can fall just into the "sea".
import type { Position } from "geojson";
import type { PreparedPolygon } from "./prepared-polygon";

/**
 * A geometry part up to this far outside the polygons, in kilometres, still counts as on land: wider
 * than the coastline error (~0.1–0.5 km on Hangzhou Bay), far narrower than the smallest county.
 */
export const SHORE_TOLERANCE_KILOMETRES = 1;

// Kilometres per degree of latitude on the WGS84 mean-radius sphere (6371 km × π / 180).
const KILOMETRES_PER_DEGREE = 111.195;

/**
 * Kilometres from the position to the nearest edge of the polygon. Planar in a local equirectangular
 * frame around the position: within a few kilometres that is within 0.1 % of the geodesic distance,
 * which is all a 1 km tolerance needs. Edges farther than `beyondKilometres` in latitude are skipped.
 */
export function distanceToBoundaryKilometres(
  prepared: PreparedPolygon,
  position: Position,
  beyondKilometres = Number.POSITIVE_INFINITY,
): number {
  const longitude = position[0] as number;
  const latitude = position[1] as number;
  const xScale = KILOMETRES_PER_DEGREE * Math.cos((latitude * Math.PI) / 180);
  const latitudeWindow = beyondKilometres / KILOMETRES_PER_DEGREE;
  const edges = prepared.edges;
  let nearest = Number.POSITIVE_INFINITY;
  for (let edge = 0; edge * 4 < edges.length; edge++) {
    const y1 = edges[edge * 4 + 1] as number;
    const y2 = edges[edge * 4 + 3] as number;
    if (Math.min(y1, y2) - latitude > latitudeWindow || latitude - Math.max(y1, y2) > latitudeWindow)
      continue;
    const ax = ((edges[edge * 4] as number) - longitude) * xScale;
    const ay = (y1 - latitude) * KILOMETRES_PER_DEGREE;
    const bx = ((edges[edge * 4 + 2] as number) - longitude) * xScale;
    const by = (y2 - latitude) * KILOMETRES_PER_DEGREE;
    nearest = Math.min(nearest, distanceToSegment(ax, ay, bx, by));
  }
  return nearest;
}

// Distance from the origin to segment a→b, in the segment's units.
function distanceToSegment(ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const lengthSquared = dx * dx + dy * dy;
  const t = lengthSquared === 0 ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / lengthSquared));
  return Math.hypot(ax + t * dx, ay + t * dy);
}
