// A polygon (or several) prepared for many point-in-polygon and segment-crossing queries. Its edges go
// into a packed R-tree (flatbush), so a query reads only the edges near it instead of the whole county
// boundary: the line and selection analyses ask thousands of such questions per county.
//
// Coordinates are treated as planar lon/lat, as GeoJSON and turf treat a segment between two vertices.
import Flatbush from "flatbush";
import type { Position } from "geojson";

export interface PreparedPolygon {
  west: number;
  south: number;
  east: number;
  north: number;
  // Edge i runs from (edges[4i], edges[4i+1]) to (edges[4i+2], edges[4i+3]), degrees.
  edges: Float64Array;
  // The edges' bounding boxes; null when there is no edge.
  tree: Flatbush | null;
}

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
  return { west, south, east, north, edges, tree: segmentTree(edges) };
}

/** A packed R-tree of the bounding boxes of segments stored as (x1, y1, x2, y2) quadruples. */
export function segmentTree(segments: Float64Array, xScale = 1): Flatbush | null {
  const count = segments.length / 4;
  if (count === 0) return null;
  const tree = new Flatbush(count);
  for (let at = 0; at < segments.length; at += 4) {
    const x1 = (segments[at] as number) * xScale;
    const y1 = segments[at + 1] as number;
    const x2 = (segments[at + 2] as number) * xScale;
    const y2 = segments[at + 3] as number;
    tree.add(Math.min(x1, x2), Math.min(y1, y2), Math.max(x1, x2), Math.max(y1, y2));
  }
  tree.finish();
  return tree;
}

/** The edges whose bounding boxes meet the given box, degrees. */
export function edgesNear(
  prepared: PreparedPolygon,
  west: number,
  south: number,
  east: number,
  north: number,
): number[] {
  return prepared.tree ? prepared.tree.search(west, south, east, north) : [];
}

// Even-odd ray casting over every ring, so holes and separate parts both come out right. The ray runs
// east from the point, so only edges whose boxes meet it can cross it. The half-open test
// ((y1 > y) !== (y2 > y)) puts a point on an edge shared by two counties in exactly one of them.
export function containsPoint(prepared: PreparedPolygon, x: number, y: number): boolean {
  if (x < prepared.west || x > prepared.east || y < prepared.south || y > prepared.north) return false;
  const edges = prepared.edges;
  let inside = false;
  for (const edge of edgesNear(prepared, x, y, prepared.east, y)) {
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
  const edges = prepared.edges;
  const near = edgesNear(
    prepared,
    Math.min(ax, ax + rx),
    Math.min(ay, ay + ry),
    Math.max(ax, ax + rx),
    Math.max(ay, ay + ry),
  );
  for (const edge of near) {
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
  return crossings;
}
