// A polygon (or several) prepared for many point-in-polygon and segment-crossing queries. Edges are
// filed into horizontal bands of latitude, so a query reads only the edges near it instead of the whole
// county boundary: the line and selection analyses ask thousands of such questions per county.
//
// Coordinates are treated as planar lon/lat, as GeoJSON and turf treat a segment between two vertices.
import type { Position } from "geojson";

export interface PreparedPolygon {
  west: number;
  south: number;
  east: number;
  north: number;
  // Edge i runs from (edges[4i], edges[4i+1]) to (edges[4i+2], edges[4i+3]), degrees.
  edges: Float64Array;
  bandHeightDegrees: number;
  bands: number[][];
  // Per-edge stamp of the last query that read it, so an edge filed in several bands is tested once.
  seenStamp: Uint32Array;
  queryCount: number;
}

// Eight edges per band keeps each query short; 512 bands caps memory on a detailed boundary.
const EDGES_PER_BAND = 8;
const MAX_BANDS = 512;

export function preparePolygon(polygons: Position[][][]): PreparedPolygon {
  const coordinates: number[] = [];
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  for (const polygon of polygons) {
    for (const ring of polygon) {
      for (let index = 0; index + 1 < ring.length; index++) {
        const [x1, y1] = ring[index] as Position;
        const [x2, y2] = ring[index + 1] as Position;
        coordinates.push(x1 as number, y1 as number, x2 as number, y2 as number);
        west = Math.min(west, x1 as number, x2 as number);
        east = Math.max(east, x1 as number, x2 as number);
        south = Math.min(south, y1 as number, y2 as number);
        north = Math.max(north, y1 as number, y2 as number);
      }
    }
  }
  const edges = Float64Array.from(coordinates);
  const edgeCount = edges.length / 4;
  const bandCount = Math.max(1, Math.min(MAX_BANDS, Math.ceil(edgeCount / EDGES_PER_BAND)));
  const bandHeightDegrees = edgeCount === 0 ? 1 : Math.max((north - south) / bandCount, Number.MIN_VALUE);
  const prepared: PreparedPolygon = {
    west,
    south,
    east,
    north,
    edges,
    bandHeightDegrees,
    bands: Array.from({ length: bandCount }, () => []),
    seenStamp: new Uint32Array(edgeCount),
    queryCount: 0,
  };
  for (let edge = 0; edge < edgeCount; edge++) {
    const y1 = edges[edge * 4 + 1] as number;
    const y2 = edges[edge * 4 + 3] as number;
    const [first, last] = bandRange(prepared, Math.min(y1, y2), Math.max(y1, y2));
    for (let band = first; band <= last; band++) prepared.bands[band]?.push(edge);
  }
  return prepared;
}

export function bandRange(prepared: PreparedPolygon, low: number, high: number): [number, number] {
  return [bandOf(prepared, low), bandOf(prepared, high)];
}

function bandOf(prepared: PreparedPolygon, y: number): number {
  const band = Math.floor((y - prepared.south) / prepared.bandHeightDegrees);
  return Math.min(prepared.bands.length - 1, Math.max(0, band));
}

// Even-odd ray casting over every ring, so holes and separate parts both come out right. The half-open
// test ((y1 > y) !== (y2 > y)) puts a point on an edge shared by two counties in exactly one of them.
export function containsPoint(prepared: PreparedPolygon, x: number, y: number): boolean {
  if (x < prepared.west || x > prepared.east || y < prepared.south || y > prepared.north) return false;
  const band = bandOf(prepared, y);
  const edges = prepared.edges;
  let inside = false;
  for (const edge of prepared.bands[band] ?? []) {
    const x1 = edges[edge * 4] as number;
    const y1 = edges[edge * 4 + 1] as number;
    const x2 = edges[edge * 4 + 2] as number;
    const y2 = edges[edge * 4 + 3] as number;
    if (y1 > y !== y2 > y && x < x1 + ((y - y1) * (x2 - x1)) / (y2 - y1)) inside = !inside;
  }
  return inside;
}

// Where segment a→b crosses the boundary, as fractions t of the way from a to b (0 ≤ t ≤ 1, unsorted).
// Segments parallel to an edge report nothing: the caller classifies each piece by its midpoint.
export function segmentCrossings(prepared: PreparedPolygon, a: Position, b: Position): number[] {
  const ax = a[0] as number;
  const ay = a[1] as number;
  const rx = (b[0] as number) - ax;
  const ry = (b[1] as number) - ay;
  const crossings: number[] = [];
  if (Math.max(ax, ax + rx) < prepared.west || Math.min(ax, ax + rx) > prepared.east) return crossings;
  if (Math.max(ay, ay + ry) < prepared.south || Math.min(ay, ay + ry) > prepared.north) return crossings;
  const [first, last] = bandRange(prepared, Math.min(ay, ay + ry), Math.max(ay, ay + ry));
  if (prepared.queryCount === 0xffffffff) {
    prepared.seenStamp.fill(0);
    prepared.queryCount = 0;
  }
  const stamp = ++prepared.queryCount;
  const edges = prepared.edges;
  for (let band = first; band <= last; band++) {
    for (const edge of prepared.bands[band] ?? []) {
      if (prepared.seenStamp[edge] === stamp) continue;
      prepared.seenStamp[edge] = stamp;
      const qx = edges[edge * 4] as number;
      const qy = edges[edge * 4 + 1] as number;
      const sx = (edges[edge * 4 + 2] as number) - qx;
      const sy = (edges[edge * 4 + 3] as number) - qy;
      const denominator = rx * sy - ry * sx;
      if (denominator === 0) continue;
      const t = ((qx - ax) * sy - (qy - ay) * sx) / denominator;
      const u = ((qx - ax) * ry - (qy - ay) * rx) / denominator;
      if (t >= 0 && t <= 1 && u >= 0 && u <= 1) crossings.push(t);
    }
  }
  return crossings;
}
