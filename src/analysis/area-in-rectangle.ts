// The exact area (km²) of a polygon's part inside a longitude/latitude rectangle: each ring is clipped
// to the rectangle (Sutherland–Hodgman, exact for any ring against a convex window; holes subtract by
// their opposite winding) and measured with the spherical ring formula turf area uses.
import type { Position } from "geojson";

const EARTH_RADIUS_KILOMETRES = 6371.0088;
const RADIANS = Math.PI / 180;

export interface Rectangle {
  west: number;
  south: number;
  east: number;
  north: number;
}

export function areaInRectangle(polygons: readonly Position[][][], rectangle: Rectangle): number {
  let total = 0;
  for (const polygon of polygons) {
    let polygonArea = 0;
    polygon.forEach((ring, ringIndex) => {
      const clipped = clipRing(ring, rectangle);
      const ringArea = Math.abs(signedRingArea(clipped));
      polygonArea += ringIndex === 0 ? ringArea : -ringArea;
    });
    total += Math.max(0, polygonArea);
  }
  return total;
}

function clipRing(ring: readonly Position[], rectangle: Rectangle): number[][] {
  // Open ring of [x, y]; the closing vertex of a GeoJSON ring is dropped.
  let points = ring.slice(0, -1).map((position) => [position[0] as number, position[1] as number]);
  const sides: [(point: number[]) => boolean, (a: number[], b: number[]) => number[]][] = [
    [(p) => (p[0] as number) >= rectangle.west, (a, b) => atX(a, b, rectangle.west)],
    [(p) => (p[0] as number) <= rectangle.east, (a, b) => atX(a, b, rectangle.east)],
    [(p) => (p[1] as number) >= rectangle.south, (a, b) => atY(a, b, rectangle.south)],
    [(p) => (p[1] as number) <= rectangle.north, (a, b) => atY(a, b, rectangle.north)],
  ];
  for (const [inside, crossing] of sides) {
    const kept: number[][] = [];
    for (let index = 0; index < points.length; index++) {
      const current = points[index] as number[];
      const previous = points[(index + points.length - 1) % points.length] as number[];
      if (inside(current)) {
        if (!inside(previous)) kept.push(crossing(previous, current));
        kept.push(current);
      } else if (inside(previous)) {
        kept.push(crossing(previous, current));
      }
    }
    points = kept;
    if (points.length === 0) break;
  }
  return points;
}

function atX(a: number[], b: number[], x: number): number[] {
  const t = (x - (a[0] as number)) / ((b[0] as number) - (a[0] as number));
  return [x, (a[1] as number) + t * ((b[1] as number) - (a[1] as number))];
}

function atY(a: number[], b: number[], y: number): number[] {
  const t = (y - (a[1] as number)) / ((b[1] as number) - (a[1] as number));
  return [(a[0] as number) + t * ((b[0] as number) - (a[0] as number)), y];
}

// Σ (λ[i+1] − λ[i−1]) × sin φ[i] × R² / 2 over an open ring, km² (the formula of turf area).
function signedRingArea(points: readonly number[][]): number {
  const count = points.length;
  if (count < 3) return 0;
  let sum = 0;
  for (let index = 0; index < count; index++) {
    const before = points[(index + count - 1) % count] as number[];
    const current = points[index] as number[];
    const after = points[(index + 1) % count] as number[];
    sum +=
      ((after[0] as number) - (before[0] as number)) * RADIANS * Math.sin((current[1] as number) * RADIANS);
  }
  return (sum * EARTH_RADIUS_KILOMETRES ** 2) / 2;
}
