// Small geometry measures the first view needs (bounds, ring orientation, area). Written here rather than
// imported from turf so the page's first script stays under its 100 kB budget; the tests hold them equal
// to turf's bbox, booleanClockwise and area.
import type { GeoJSON, Geometry, Position } from "geojson";

export type Bounds = [number, number, number, number]; // west, south, east, north in degrees

function visitPositions(geojson: GeoJSON | Geometry, visit: (position: Position) => void): void {
  if (geojson.type === "FeatureCollection") {
    for (const feature of geojson.features) visitPositions(feature, visit);
  } else if (geojson.type === "Feature") {
    if (geojson.geometry) visitPositions(geojson.geometry, visit);
  } else if (geojson.type === "GeometryCollection") {
    for (const part of geojson.geometries) visitPositions(part, visit);
  } else {
    visitNested(geojson.coordinates, visit);
  }
}

function visitNested(coordinates: unknown, visit: (position: Position) => void): void {
  if (!Array.isArray(coordinates)) return;
  if (typeof coordinates[0] === "number") visit(coordinates as Position);
  else for (const item of coordinates) visitNested(item, visit);
}

export function boundsOf(geojson: GeoJSON | Geometry): Bounds {
  const bounds: Bounds = [Infinity, Infinity, -Infinity, -Infinity];
  visitPositions(geojson, ([longitude = 0, latitude = 0]) => {
    bounds[0] = Math.min(bounds[0], longitude);
    bounds[1] = Math.min(bounds[1], latitude);
    bounds[2] = Math.max(bounds[2], longitude);
    bounds[3] = Math.max(bounds[3], latitude);
  });
  return bounds;
}

// Shoelace sum over the ring in degrees: positive means clockwise in a lon/lat plane.
export function isClockwise(ring: readonly Position[]): boolean {
  let sum = 0;
  for (let index = 1; index < ring.length; index += 1) {
    const [x1 = 0, y1 = 0] = ring[index - 1] ?? [];
    const [x2 = 0, y2 = 0] = ring[index] ?? [];
    sum += (x2 - x1) * (y2 + y1);
  }
  return sum > 0;
}

const EARTH_RADIUS_METRES = 6_371_008.8; // mean radius, as turf uses

// Area on the sphere (m²) by the ring-integral formula turf's area uses; holes are subtracted.
export function areaSquareMetres(geometry: Geometry): number {
  if (geometry.type === "Polygon") return polygonArea(geometry.coordinates);
  if (geometry.type === "MultiPolygon")
    return geometry.coordinates.reduce((sum, polygon) => sum + polygonArea(polygon), 0);
  return 0;
}

function polygonArea(rings: Position[][]): number {
  return rings.reduce((sum, ring, index) => sum + (index === 0 ? 1 : -1) * Math.abs(ringArea(ring)), 0);
}

function ringArea(ring: Position[]): number {
  const count = ring.length;
  if (count <= 2) return 0;
  const radians = Math.PI / 180;
  let total = 0;
  for (let index = 0; index < count; index += 1) {
    const lower = ring[index] as Position;
    const middle = ring[(index + 1) % count] as Position;
    const upper = ring[(index + 2) % count] as Position;
    total +=
      ((upper[0] as number) - (lower[0] as number)) * radians * Math.sin((middle[1] as number) * radians);
  }
  return (total * EARTH_RADIUS_METRES * EARTH_RADIUS_METRES) / 2;
}
