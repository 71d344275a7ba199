// The land within a distance of any of the given features, as one dissolved (multi)polygon.
//
// Buffering feature by feature and then unioning hundreds of overlapping buffers is the slow path
// (each union re-nodes everything merged so far). Instead all points, all lines and all polygons are
// gathered into one MultiPoint, one MultiLineString and one MultiPolygon and each is buffered once: the
// buffer operation dissolves overlaps itself, and at most three results are left to union.
import { buffer, featureCollection, multiLineString, multiPoint, multiPolygon, union } from "@turf/turf";
import type { Feature, MultiPolygon, Polygon } from "geojson";
import { geometryParts } from "./geometry-parts";

// Segments per quarter circle at buffer ends and corners. Eight (turf's default) makes each round end
// a 32-gon, whose area is 99.4% of the true circle: well inside the precision of the project lines.
const QUARTER_CIRCLE_STEPS = 8;

export function bufferUnion(
  features: readonly Feature[],
  distanceKilometres: number,
): Feature<Polygon | MultiPolygon> | null {
  const points = [];
  const lines = [];
  const polygons = [];
  for (const feature of features) {
    const parts = geometryParts(feature.geometry);
    points.push(...parts.points);
    lines.push(...parts.lines);
    polygons.push(...parts.polygons);
  }
  const shapes = [
    points.length > 0 ? multiPoint(points) : null,
    lines.length > 0 ? multiLineString(lines) : null,
    polygons.length > 0 ? multiPolygon(polygons) : null,
  ];
  const buffers: Feature<Polygon | MultiPolygon>[] = [];
  for (const shape of shapes) {
    if (!shape) continue;
    const buffered = buffer(shape, distanceKilometres, { units: "kilometers", steps: QUARTER_CIRCLE_STEPS });
    if (buffered) buffers.push(buffered);
  }
  if (buffers.length === 0) return null;
  if (buffers.length === 1) return buffers[0] ?? null;
  return union(featureCollection(buffers));
}
