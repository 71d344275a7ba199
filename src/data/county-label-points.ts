// One label point per county, inside its polygon: MapLibre's own polygon labels land wherever a tile
// cuts the polygon, which repeats names or drops them at the city-wide zoom.
import { booleanPointInPolygon, centerOfMass, pointOnFeature } from "@turf/turf";
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from "geojson";

export function countyLabelPoints(counties: FeatureCollection): FeatureCollection<Point> {
  const features = counties.features.flatMap((county): Feature<Point>[] => {
    const geometry = county.geometry;
    if (geometry.type !== "Polygon" && geometry.type !== "MultiPolygon") return [];
    const shape = county as Feature<Polygon | MultiPolygon>;
    const centre = centerOfMass(shape);
    // A crescent-shaped county can have its centre of mass outside; fall back to a point surely inside.
    const point = booleanPointInPolygon(centre, shape) ? centre : pointOnFeature(shape);
    return [{ type: "Feature", geometry: point.geometry, properties: { ...county.properties } }];
  });
  return { type: "FeatureCollection", features };
}
