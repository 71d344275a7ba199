// The features of a set (e.g. all rail projects) indexed for "how far is the nearest one?" questions:
// every line segment, polygon edge and point sits in a grid of cells about N km wide, so a query reads
// only the cells within reach. Polygon features also count as distance 0 everywhere inside them.
import type { Feature, Position } from "geojson";
import { geometryParts } from "../geo/geometry-parts";
import {
  cosineOfLatitude,
  KILOMETRES_PER_DEGREE,
  type NearestOnSegment,
  nearestOnSegment,
} from "../geo/local-distance";
import { containsPoint, type PreparedPolygon, preparePolygon } from "./prepared-polygon";

export interface ProximityIndex {
  // Segment i runs from (segments[4i], segments[4i+1]) to (segments[4i+2], segments[4i+3]), degrees.
  segments: Float64Array;
  polygons: PreparedPolygon[];
  // Bounds of every segment end, degrees (±Infinity when there are no segments).
  west: number;
  south: number;
  east: number;
  north: number;
  cellDegrees: number;
  columns: number;
  rows: number;
  cells: number[][];
  seenStamp: Uint32Array;
  queryCount: number;
}

// At most 512 × 512 cells, however far the features reach beyond the city.
const MAX_CELLS_PER_SIDE = 512;

export function buildProximityIndex(
  features: readonly Feature[],
  distanceKilometres: number,
): ProximityIndex {
  const coordinates: number[] = [];
  const polygons: PreparedPolygon[] = [];
  const addSegment = (a: Position, b: Position) =>
    coordinates.push(a[0] as number, a[1] as number, b[0] as number, b[1] as number);
  for (const feature of features) {
    const parts = geometryParts(feature.geometry);
    for (const point of parts.points) addSegment(point, point);
    for (const ring of [...parts.lines, ...parts.polygons.flat()]) {
      for (let index = 0; index + 1 < ring.length; index++)
        addSegment(ring[index] as Position, ring[index + 1] as Position);
      if (ring.length === 1) addSegment(ring[0] as Position, ring[0] as Position);
    }
    if (parts.polygons.length > 0) polygons.push(preparePolygon(parts.polygons));
  }
  const segments = Float64Array.from(coordinates);
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  for (let index = 0; index < segments.length; index += 2) {
    west = Math.min(west, segments[index] as number);
    east = Math.max(east, segments[index] as number);
    south = Math.min(south, segments[index + 1] as number);
    north = Math.max(north, segments[index + 1] as number);
  }
  const extent = segments.length === 0 ? 0 : Math.max(east - west, north - south);
  const cellDegrees = Math.max(distanceKilometres / KILOMETRES_PER_DEGREE, extent / MAX_CELLS_PER_SIDE, 1e-6);
  const columns = segments.length === 0 ? 0 : Math.floor((east - west) / cellDegrees) + 1;
  const rows = segments.length === 0 ? 0 : Math.floor((north - south) / cellDegrees) + 1;
  const index: ProximityIndex = {
    segments,
    polygons,
    west,
    south,
    east,
    north,
    cellDegrees,
    columns,
    rows,
    cells: Array.from({ length: columns * rows }, () => []),
    seenStamp: new Uint32Array(segments.length / 4),
    queryCount: 0,
  };
  for (let segment = 0; segment < segments.length / 4; segment++) {
    const x1 = segments[segment * 4] as number;
    const y1 = segments[segment * 4 + 1] as number;
    const x2 = segments[segment * 4 + 2] as number;
    const y2 = segments[segment * 4 + 3] as number;
    const range = cellRange(index, Math.min(x1, x2), Math.min(y1, y2), Math.max(x1, x2), Math.max(y1, y2));
    for (let row = range.firstRow; row <= range.lastRow; row++) {
      for (let column = range.firstColumn; column <= range.lastColumn; column++) {
        index.cells[row * columns + column]?.push(segment);
      }
    }
  }
  return index;
}

interface CellRange {
  firstColumn: number;
  lastColumn: number;
  firstRow: number;
  lastRow: number;
}

function cellRange(
  index: ProximityIndex,
  west: number,
  south: number,
  east: number,
  north: number,
): CellRange {
  return {
    firstColumn: Math.max(0, Math.floor((west - index.west) / index.cellDegrees)),
    lastColumn: Math.min(index.columns - 1, Math.floor((east - index.west) / index.cellDegrees)),
    firstRow: Math.max(0, Math.floor((south - index.south) / index.cellDegrees)),
    lastRow: Math.min(index.rows - 1, Math.floor((north - index.south) / index.cellDegrees)),
  };
}

// The nearest feature to (x, y) within limitKilometres (distance Infinity when none), stopping at the
// first one within enoughKilometres, since the caller then needs no more.
export function nearestFeature(
  index: ProximityIndex,
  x: number,
  y: number,
  enoughKilometres: number,
  limitKilometres: number,
  into: NearestOnSegment,
): NearestOnSegment {
  into.distanceKilometres = Infinity;
  for (const polygon of index.polygons) {
    if (containsPoint(polygon, x, y)) {
      into.distanceKilometres = 0;
      into.x = x;
      into.y = y;
      return into;
    }
  }
  if (index.queryCount === 0xffffffff) {
    index.seenStamp.fill(0);
    index.queryCount = 0;
  }
  const stamp = ++index.queryCount;
  const cosLatitude = cosineOfLatitude(y);
  const reachY = limitKilometres / KILOMETRES_PER_DEGREE;
  const reachX = reachY / Math.max(cosLatitude, 1e-6);
  const candidate: NearestOnSegment = { distanceKilometres: Infinity, x: 0, y: 0 };
  const segments = index.segments;
  const range = cellRange(index, x - reachX, y - reachY, x + reachX, y + reachY);
  for (let row = range.firstRow; row <= range.lastRow; row++) {
    for (let column = range.firstColumn; column <= range.lastColumn; column++) {
      for (const segment of index.cells[row * index.columns + column] as number[]) {
        if (index.seenStamp[segment] === stamp) continue;
        index.seenStamp[segment] = stamp;
        const at = segment * 4;
        nearestOnSegment(
          x,
          y,
          segments[at] as number,
          segments[at + 1] as number,
          segments[at + 2] as number,
          segments[at + 3] as number,
          cosLatitude,
          candidate,
        );
        const distance = candidate.distanceKilometres;
        if (distance < into.distanceKilometres && distance <= limitKilometres) {
          into.distanceKilometres = distance;
          into.x = candidate.x;
          into.y = candidate.y;
          if (distance <= enoughKilometres) return into;
        }
      }
    }
  }
  return into;
}
