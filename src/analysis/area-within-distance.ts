// The land of one county within N km of any indexed feature, in km², by adaptive tiling: a tile
// wholly beyond N km, or wholly outside the county, counts nothing; a tile wholly within N km counts
// its part of the county, measured exactly (area-in-rectangle.ts); any other tile is split in four.
// On the smallest tiles the buffer's edge is taken as straight across the tile (halfPlaneCoverage).
// This measures (buffers merged ∩ county) with true round buffer ends without building the merged
// polygon: turf's buffer (JSTS) needs about 10 ms per project line and merging the buffers grows
// quadratically, far too slow for an interactive table (see scripts/bench-analysis.ts).

import { cosineOfLatitude, KILOMETRES_PER_DEGREE, type NearestOnSegment } from "../geo/local-distance";
import { areaInRectangle, type Rectangle } from "./area-in-rectangle";
import { nearestBoundary } from "./boundary-distance";
import { halfPlaneCoverage } from "./half-plane-coverage";
import type { PreparedCounty } from "./prepare-counties";
import { containsPoint } from "./prepared-polygon";
import { nearestFeature, type ProximityIndex } from "./proximity-index";

const DEGREE = KILOMETRES_PER_DEGREE;
const EARTH_RADIUS_KILOMETRES = 6371.0088;
// The smallest tile, km: 250 m, or N / 4 for N under 1 km. Taking a round buffer end as straight
// across such a tile overstates the circle by about 0.3% (π km² measures 3.151 km² at N = 1 km).
const SMALLEST_TILE_KILOMETRES = 0.25;

// The flat local frame errs by about D² / R at distance D (R the earth's radius; 0.004 km at 5 km,
// 0.9 km at 75 km, the farthest a tile test reaches); a tile is called wholly in or out only with
// that much to spare, plus 1 m for rounding.
function slack(distanceKilometres: number): number {
  return distanceKilometres ** 2 / EARTH_RADIUS_KILOMETRES + 0.001;
}

export function areaWithinDistance(
  index: ProximityIndex,
  distanceKilometres: number,
  county: PreparedCounty,
): number {
  const smallest = Math.min(SMALLEST_TILE_KILOMETRES, distanceKilometres / 4);
  const nearestPoint: NearestOnSegment = { distanceKilometres: Infinity, x: 0, y: 0 };
  const nearestEdge: NearestOnSegment = { distanceKilometres: Infinity, x: 0, y: 0 };
  const { west, south, east, north } = county.prepared;
  if (!(west <= east && south <= north)) return 0;
  const stack: Rectangle[] = [{ west, south, east, north }];
  let total = 0;
  while (stack.length > 0) {
    const tile = stack.pop() as Rectangle;
    const x = (tile.west + tile.east) / 2;
    const y = (tile.south + tile.north) / 2;
    // Half-extents in km; the widest row of the tile (nearest the equator) bounds the half-diagonal.
    const widest = Math.max(cosineOfLatitude(tile.south), cosineOfLatitude(tile.north));
    const halfHeight = ((tile.north - tile.south) / 2) * DEGREE;
    const halfDiagonal = Math.hypot(((tile.east - tile.west) / 2) * DEGREE * widest, halfHeight);

    nearestBoundary(county.prepared, x, y, halfDiagonal + slack(halfDiagonal), nearestEdge);
    const borderCrosses = nearestEdge.distanceKilometres <= halfDiagonal + slack(halfDiagonal);
    if (!borderCrosses && !containsPoint(county.prepared, x, y)) continue;

    const reach = distanceKilometres + halfDiagonal;
    const enough = distanceKilometres - halfDiagonal - slack(reach);
    nearestFeature(index, x, y, enough, reach + slack(reach), nearestPoint);
    const distance = nearestPoint.distanceKilometres;
    if (distance > reach + slack(reach)) continue;
    const bufferCrosses = distance > enough;
    if (!bufferCrosses) {
      total += borderCrosses ? areaInRectangle(county.polygons, tile) : tileArea(tile);
      continue;
    }
    if (halfDiagonal * Math.SQRT2 > smallest) {
      stack.push(
        { west: tile.west, south: tile.south, east: x, north: y },
        { west: x, south: tile.south, east: tile.east, north: y },
        { west: tile.west, south: y, east: x, north: tile.north },
        { west: x, south: y, east: tile.east, north: tile.north },
      );
      continue;
    }
    // Kept where n·p ≤ N − distance, n the unit vector from the nearest feature to the tile's centre.
    const cosLatitude = cosineOfLatitude(y);
    const dx = (x - nearestPoint.x) * DEGREE * cosLatitude;
    const dy = (y - nearestPoint.y) * DEGREE;
    const length = Math.hypot(dx, dy);
    const halfWidth = ((tile.east - tile.west) / 2) * DEGREE * cosLatitude;
    const fraction =
      length === 0
        ? 1
        : halfPlaneCoverage(dx / length, dy / length, halfWidth, halfHeight, distanceKilometres - distance);
    total += fraction * (borderCrosses ? areaInRectangle(county.polygons, tile) : tileArea(tile));
  }
  return total;
}

// A tile's area on the sphere: R² × Δλ × (sin φ2 − sin φ1), km², as turf area measures it.
function tileArea(tile: Rectangle): number {
  const radians = Math.PI / 180;
  return (
    EARTH_RADIUS_KILOMETRES ** 2 *
    (tile.east - tile.west) *
    radians *
    (Math.sin(tile.north * radians) - Math.sin(tile.south * radians))
  );
}
