// Distances near a point in kilometres, on a local flat frame: one degree of latitude is 111.19508 km
// (turf's sphere, R = 6371.0088 km) and one degree of longitude that times cos(latitude). Within 50 km
// of the point (the largest distance N allowed) this is within 0.5% of the geodesic distance, and
// within 0.05% (under 3 m) at the default 5 km.

export const KILOMETRES_PER_DEGREE = (6371.0088 * Math.PI) / 180;
// A module-local copy: hot loops read it millions of times.
const DEGREE = KILOMETRES_PER_DEGREE;

export interface NearestOnSegment {
  distanceKilometres: number;
  // The nearest point of the segment, in degrees.
  x: number;
  y: number;
}

// Distance from (x, y) to the segment (x1, y1)–(x2, y2), all in degrees; cosLatitude is cos of the
// query point's latitude. Writes into `into` to spare the garbage collector in hot loops.
export function nearestOnSegment(
  x: number,
  y: number,
  x1: number,
  y1: number,
  x2: number,
  y2: number,
  cosLatitude: number,
  into: NearestOnSegment,
): NearestOnSegment {
  const scaleX = DEGREE * cosLatitude;
  const ax = (x1 - x) * scaleX;
  const ay = (y1 - y) * DEGREE;
  const dx = (x2 - x1) * scaleX;
  const dy = (y2 - y1) * DEGREE;
  const lengthSquared = dx * dx + dy * dy;
  const t = lengthSquared === 0 ? 0 : Math.min(1, Math.max(0, -(ax * dx + ay * dy) / lengthSquared));
  into.distanceKilometres = Math.hypot(ax + t * dx, ay + t * dy);
  into.x = x1 + t * (x2 - x1);
  into.y = y1 + t * (y2 - y1);
  return into;
}

export function cosineOfLatitude(latitudeDegrees: number): number {
  return Math.cos((latitudeDegrees * Math.PI) / 180);
}

/**
 * Segment `index` of a packed array (x1, y1, x2, y2 per segment, degrees) measured from (x, y) into
 * `scratch`; kept in `into` when it is nearer than what `into` holds and within limitKilometres.
 * Returns the segment's distance. Shared by the indexes' searches (hot loops: nothing is allocated).
 */
export function keepNearerSegment(
  segments: Float64Array,
  index: number,
  x: number,
  y: number,
  cosLatitude: number,
  limitKilometres: number,
  scratch: NearestOnSegment,
  into: NearestOnSegment,
): number {
  const at = index * 4;
  nearestOnSegment(
    x,
    y,
    segments[at] as number,
    segments[at + 1] as number,
    segments[at + 2] as number,
    segments[at + 3] as number,
    cosLatitude,
    scratch,
  );
  const distance = scratch.distanceKilometres;
  if (distance < into.distanceKilometres && distance <= limitKilometres) {
    into.distanceKilometres = distance;
    into.x = scratch.x;
    into.y = scratch.y;
  }
  return distance;
}
