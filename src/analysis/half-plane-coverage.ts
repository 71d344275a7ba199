// The fraction of a rectangle on one side of a straight boundary. Used on the smallest tiles of the
// land-share integration, where a buffer edge or county border crosses the tile: treating the border as
// straight across a tile a few hundred metres wide is exact for straight borders and off by a sliver
// for curved ones, far better than sampling points, which errs by up to half a tile along every border.
//
// The rectangle is centred on the origin with half-width and half-height in km; the kept side is
// {p : n·p ≤ offset}, n a unit vector pointing out of the kept side, offset in km.
export function halfPlaneCoverage(
  normalX: number,
  normalY: number,
  halfWidthKilometres: number,
  halfHeightKilometres: number,
  offsetKilometres: number,
): number {
  // n·p for p spread evenly over the rectangle is the sum of two uniform spreads, ±a and ±b (a ≥ b),
  // so the kept fraction is that sum's distribution function: a trapezoid's integral.
  const first = Math.abs(normalX) * halfWidthKilometres;
  const second = Math.abs(normalY) * halfHeightKilometres;
  const a = Math.max(first, second);
  const b = Math.min(first, second);
  const offset = offsetKilometres;
  if (offset >= a + b) return 1;
  if (offset <= -(a + b)) return 0;
  if (a === 0) return offset >= 0 ? 1 : 0;
  // Rising and falling ramps of the trapezoid, each 2b wide; flat (height 1 / 2a) between them.
  if (b > 0 && offset < b - a) return (offset + a + b) ** 2 / (8 * a * b);
  if (b > 0 && offset > a - b) return 1 - (a + b - offset) ** 2 / (8 * a * b);
  return (offset + a) / (2 * a);
}
