// OGC validity of the polygons the build writes: MapLibre draws invalid rings unpredictably
// (self-intersections fill inside-out), so the build refuses to write them.
import { booleanValid, kinks } from "@turf/turf";
import type { FeatureCollection } from "geojson";

/** One message per invalid or self-intersecting (Multi)Polygon feature; empty when all are valid. */
export function invalidAreas(collection: FeatureCollection): string[] {
  const problems: string[] = [];
  collection.features.forEach((feature, index) => {
    const geometry = feature.geometry;
    if (geometry.type !== "Polygon" && geometry.type !== "MultiPolygon") return;
    const label = String(feature.id ?? index);
    if (!booleanValid(geometry)) problems.push(`feature ${label} is not a valid ${geometry.type}`);
    const crossings = kinks(geometry).features.length;
    if (crossings > 0) problems.push(`feature ${label} crosses itself ${crossings} times`);
  });
  return problems;
}
