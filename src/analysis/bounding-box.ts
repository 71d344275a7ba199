// Bounding boxes in degrees, used to skip county tests that cannot succeed before any costly overlay.
import type { Position } from "geojson";
import type { PreparedPolygon } from "./prepared-polygon";

export interface BoundingBox {
  west: number;
  south: number;
  east: number;
  north: number;
}

export function boundingBoxOf(positions: Iterable<Position>): BoundingBox {
  const box = { west: Infinity, south: Infinity, east: -Infinity, north: -Infinity };
  for (const position of positions) {
    const x = position[0] as number;
    const y = position[1] as number;
    if (x < box.west) box.west = x;
    if (x > box.east) box.east = x;
    if (y < box.south) box.south = y;
    if (y > box.north) box.north = y;
  }
  return box;
}

export function boxesOverlap(left: BoundingBox, right: BoundingBox | PreparedPolygon): boolean {
  return (
    left.west <= right.east &&
    right.west <= left.east &&
    left.south <= right.north &&
    right.south <= left.north
  );
}
