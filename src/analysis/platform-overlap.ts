// Square kilometres of a polygon feature that lie inside the plan's platform zones. The zones are merged
// first, so land where two zones overlap counts once. Returns the overlap shape too, so the caller can
// split it by county with polygonAreaByCounty.
import { area, featureCollection, intersect, multiPolygon, union } from "@turf/turf";
import type { Feature, MultiPolygon, Polygon } from "geojson";
import { geometryParts } from "../geo/geometry-parts";
import { type BoundingBox, boundingBoxOf, boxesOverlap } from "./bounding-box";

export interface PlatformZones {
  shape: Feature<Polygon | MultiPolygon> | null;
  box: BoundingBox | null;
}

export interface PlatformOverlap {
  squareKilometres: number;
  shape: Feature<Polygon | MultiPolygon> | null;
}

export function mergePlatformZones(platforms: readonly Feature[]): PlatformZones {
  const shapes = platforms
    .map((platform) => geometryParts(platform.geometry).polygons)
    .filter((polygons) => polygons.length > 0)
    .map((polygons) => multiPolygon(polygons));
  if (shapes.length === 0) return { shape: null, box: null };
  const shape = shapes.length === 1 ? (shapes[0] as Feature<MultiPolygon>) : union(featureCollection(shapes));
  if (!shape) return { shape: null, box: null };
  const outer = geometryParts(shape.geometry).polygons.flatMap((polygon) => polygon[0] ?? []);
  return { shape, box: boundingBoxOf(outer) };
}

export function platformOverlap(feature: Feature, zones: PlatformZones): PlatformOverlap {
  const polygons = geometryParts(feature.geometry).polygons;
  if (polygons.length === 0 || !zones.shape || !zones.box) return { squareKilometres: 0, shape: null };
  const box = boundingBoxOf(polygons.flatMap((polygon) => polygon[0] ?? []));
  if (!boxesOverlap(box, zones.box)) return { squareKilometres: 0, shape: null };
  const shape = intersect(featureCollection([multiPolygon(polygons), zones.shape]));
  // turf area is in m²; 1 km² = 1e6 m².
  return shape ? { squareKilometres: area(shape) / 1e6, shape } : { squareKilometres: 0, shape: null };
}
