// Pure geometry steps of the basemap build: clip, round, clean and rewind (Multi)Polygons.
import { area, bbox, bboxPolygon, featureCollection, intersect, rewind, union } from "@turf/turf";
import type { BBox, Feature, MultiPolygon, Polygon, Position } from "geojson";
import { MAP_LIMITS } from "../../src/geo/camera";

export type Area = Polygon | MultiPolygon;

/** lon 119.6–122.2, lat 29.7–31.7 (degrees): Jiaxing plus roughly 50 km of its surroundings; places. */
export const MAP_BBOX: BBox = [119.6, 29.7, 122.2, 31.7];

/**
 * 0.5° (about 50 km) beyond the camera's max bounds. MapLibre never shows more than the max bounds, so
 * land clipped to this box never ends in a visible straight edge; the margin keeps the cut out of
 * sight even where a browser rounds the constrained view outward.
 */
export const COVERAGE_MARGIN_DEGREES = 0.5;

export const COVERAGE_BBOX: BBox = [
  MAP_LIMITS.maxBounds[0] - COVERAGE_MARGIN_DEGREES,
  MAP_LIMITS.maxBounds[1] - COVERAGE_MARGIN_DEGREES,
  MAP_LIMITS.maxBounds[2] + COVERAGE_MARGIN_DEGREES,
  MAP_LIMITS.maxBounds[3] + COVERAGE_MARGIN_DEGREES,
];

/** 5 decimals of a degree ≈ 1.1 m north–south, ≈ 0.96 m east–west at 30° N. */
export const COORDINATE_DECIMALS = 5;

function asFeature(geometry: Area): Feature<Area> {
  return { type: "Feature", properties: {}, geometry };
}

function polygonsOf(geometry: Area): Position[][][] {
  return geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
}

/** Polygon for one part, MultiPolygon for several, null for none. */
export function fromPolygons(polygons: Position[][][]): Area | null {
  if (polygons.length === 0) return null;
  if (polygons.length === 1) return { type: "Polygon", coordinates: polygons[0] as Position[][] };
  return { type: "MultiPolygon", coordinates: polygons };
}

function overlaps(a: BBox, b: BBox): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

/** The parts of `geometry` inside `mask`, or null when nothing is left. */
export function clip(geometry: Area, mask: Area): Area | null {
  const maskBox = bbox(mask);
  // Dropping far-away parts first keeps the clip fast on the global Natural Earth land (≈ 4000 parts).
  const candidates = polygonsOf(geometry).filter((polygon) =>
    overlaps(bbox({ type: "Polygon", coordinates: polygon }), maskBox),
  );
  const nearby = fromPolygons(candidates);
  if (!nearby) return null;
  const result = intersect(featureCollection([asFeature(nearby), asFeature(mask)]));
  return result ? result.geometry : null;
}

export function clipToBox(geometry: Area, box: BBox): Area | null {
  return clip(geometry, bboxPolygon(box).geometry);
}

export function unite(geometries: Area[]): Area | null {
  if (geometries.length === 0) return null;
  if (geometries.length === 1) return geometries[0] as Area;
  const result = union(featureCollection(geometries.map(asFeature)));
  return result ? result.geometry : null;
}

function roundNumber(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  // Adding 0 turns -0 into 0, so the JSON output never contains "-0".
  return Math.round(value * factor) / factor + 0;
}

/** Rounds a ring and drops the repeated vertices that rounding creates; null if it collapses. */
export function roundRing(ring: Position[], decimals = COORDINATE_DECIMALS): Position[] | null {
  const rounded: Position[] = [];
  for (const position of ring) {
    const next = [roundNumber(position[0] as number, decimals), roundNumber(position[1] as number, decimals)];
    const previous = rounded[rounded.length - 1];
    if (!previous || previous[0] !== next[0] || previous[1] !== next[1]) rounded.push(next);
  }
  // A closed ring needs three distinct vertices plus the closing one.
  return rounded.length >= 4 ? rounded : null;
}

function ringAreaSquareMetres(ring: Position[]): number {
  return area({ type: "Polygon", coordinates: [ring] });
}

/**
 * Rounds coordinates, removes parts and holes smaller than `minimumAreaSquareMetres` (slivers left
 * where independently simplified boundaries meet) and rewinds to the RFC 7946 right-hand rule
 * (exterior rings counter-clockwise, holes clockwise).
 */
export function finishArea(geometry: Area, minimumAreaSquareMetres: number): Area | null {
  const polygons: Position[][][] = [];
  for (const polygon of polygonsOf(geometry)) {
    const [exterior, ...holes] = polygon;
    const roundedExterior = exterior ? roundRing(exterior) : null;
    if (!roundedExterior || ringAreaSquareMetres(roundedExterior) < minimumAreaSquareMetres) continue;
    const keptHoles = holes
      .map((hole) => roundRing(hole))
      .filter(
        (hole): hole is Position[] => hole !== null && ringAreaSquareMetres(hole) >= minimumAreaSquareMetres,
      );
    polygons.push([roundedExterior, ...keptHoles]);
  }
  const result = fromPolygons(polygons);
  return result ? (rewind(result) as Area) : null;
}
