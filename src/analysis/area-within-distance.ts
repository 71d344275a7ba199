// The land of one county within N km of any indexed feature, in km², by adaptive tiling: a tile wholly
// within N km and wholly in the county counts in full, a tile wholly beyond either counts nothing, and
// any other tile is split in four. On the smallest tiles the buffer edge and county border are taken
// as straight across the tile (halfPlaneCoverage). The result is the area of (buffer ∪ … ∩ county)
// with true round buffer ends, without building the union polygon: turf's buffer (JSTS) needs about
// 10 ms per project line and its unions grow quadratically, far too slow for an interactive table.
import { nearestBoundary } from "./boundary-distance";
import { halfPlaneCoverage } from "./half-plane-coverage";
import { cosineOfLatitude, KILOMETRES_PER_DEGREE, type NearestOnSegment } from "./local-distance";
import type { PreparedCounty } from "./prepare-counties";
import { containsPoint } from "./prepared-polygon";
import { nearestFeature, type ProximityIndex } from "./proximity-index";

const EARTH_RADIUS_KILOMETRES = 6371.0088;
// The smallest tile, km: 250 m, or N / 4 for N under 1 km. Taking a round buffer end as straight
// across such a tile overstates the circle by about 0.3% (π km² measures 3.151 km² at N = 1 km).
const SMALLEST_TILE_KILOMETRES = 0.25;
// The flat local frame is within 1% of the geodesic distance out to 75 km (the farthest a tile test
// reaches); tests leave that much slack before calling a tile wholly in or out.
const FLAT_FRAME_SLACK = 0.01;

interface Tile {
  west: number;
  south: number;
  east: number;
  north: number;
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
  const stack: Tile[] = [{ west, south, east, north }];
  let total = 0;
  while (stack.length > 0) {
    const tile = stack.pop() as Tile;
    const x = (tile.west + tile.east) / 2;
    const y = (tile.south + tile.north) / 2;
    const cosLatitude = cosineOfLatitude(y);
    // Half-extents in km; the widest row of the tile (nearest the equator) bounds the half-diagonal.
    const widest = Math.max(cosineOfLatitude(tile.south), cosineOfLatitude(tile.north));
    const halfWidth = ((tile.east - tile.west) / 2) * KILOMETRES_PER_DEGREE * widest;
    const halfHeight = ((tile.north - tile.south) / 2) * KILOMETRES_PER_DEGREE;
    const halfDiagonal = Math.hypot(halfWidth, halfHeight);
    const slack = FLAT_FRAME_SLACK * (distanceKilometres + halfDiagonal) + 0.001;

    nearestBoundary(county.prepared, x, y, halfDiagonal + slack, nearestEdge);
    const borderCrosses = nearestEdge.distanceKilometres <= halfDiagonal + slack;
    if (!borderCrosses && !containsPoint(county.prepared, x, y)) continue;

    const enough = distanceKilometres - halfDiagonal - slack;
    nearestFeature(index, x, y, enough, distanceKilometres + halfDiagonal + slack, nearestPoint);
    const distance = nearestPoint.distanceKilometres;
    if (distance > distanceKilometres + halfDiagonal + slack) continue;
    const bufferCrosses = distance > enough;
    if (!borderCrosses && !bufferCrosses) {
      total += tileArea(tile);
      continue;
    }
    if (Math.max(halfWidth, halfHeight) * 2 > smallest) {
      const middleX = x;
      const middleY = y;
      stack.push(
        { west: tile.west, south: tile.south, east: middleX, north: middleY },
        { west: middleX, south: tile.south, east: tile.east, north: middleY },
        { west: tile.west, south: middleY, east: middleX, north: tile.north },
        { west: middleX, south: middleY, east: tile.east, north: tile.north },
      );
      continue;
    }
    const flatHalfWidth = ((tile.east - tile.west) / 2) * KILOMETRES_PER_DEGREE * cosLatitude;
    let fraction = 1;
    if (bufferCrosses) {
      // Away from the nearest feature is out of the buffer: kept where n·p ≤ N − distance.
      fraction *= sideFraction(
        x,
        y,
        nearestPoint,
        cosLatitude,
        flatHalfWidth,
        halfHeight,
        distanceKilometres - distance,
      );
    }
    if (borderCrosses) {
      const inside = containsPoint(county.prepared, x, y);
      const towardsBorder = nearestEdge.distanceKilometres;
      // Inside: the border lies ahead towards the nearest edge. Outside: the county lies behind it.
      fraction *= inside
        ? 1 - sideFraction(x, y, nearestEdge, cosLatitude, flatHalfWidth, halfHeight, -towardsBorder)
        : sideFraction(x, y, nearestEdge, cosLatitude, flatHalfWidth, halfHeight, -towardsBorder);
    }
    total += fraction * tileArea(tile);
  }
  return total;
}

// The fraction of the tile on the far side of a straight line through `nearest`, seen from the tile's
// centre (x, y): kept where n·p ≤ offset, n the unit vector from `nearest` towards the centre.
function sideFraction(
  x: number,
  y: number,
  nearest: NearestOnSegment,
  cosLatitude: number,
  halfWidth: number,
  halfHeight: number,
  offset: number,
): number {
  const dx = (x - nearest.x) * KILOMETRES_PER_DEGREE * cosLatitude;
  const dy = (y - nearest.y) * KILOMETRES_PER_DEGREE;
  const length = Math.hypot(dx, dy);
  if (length === 0) return 0.5;
  return halfPlaneCoverage(dx / length, dy / length, halfWidth, halfHeight, offset);
}

// A tile's area on the sphere: R² × Δλ × (sin φ2 − sin φ1), km², as turf area measures it.
function tileArea(tile: Tile): number {
  const radians = Math.PI / 180;
  return (
    EARTH_RADIUS_KILOMETRES ** 2 *
    (tile.east - tile.west) *
    radians *
    (Math.sin(tile.north * radians) - Math.sin(tile.south * radians))
  );
}
