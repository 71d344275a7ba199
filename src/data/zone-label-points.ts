// One label point per zone. A polygon labelled by MapLibre is labelled once per tile it crosses (高铁新城
// four times at zoom 13); a point inside each zone is labelled once. The point carries the zone's
// properties, so the same visibility rule and label text apply.
import { booleanPointInPolygon, centerOfMass, pointOnFeature } from "@turf/turf";
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from "geojson";

export function zoneLabelPoints(projects: FeatureCollection): FeatureCollection<Point> {
  const features = projects.features.flatMap((project): Feature<Point>[] => {
    const geometry = project.geometry;
    if (geometry?.type !== "Polygon" && geometry?.type !== "MultiPolygon") return [];
    const zone = project as Feature<Polygon | MultiPolygon>;
    const centre = centerOfMass(zone);
    // An L-shaped zone can have its centre of mass outside; fall back to a point surely inside.
    const point = booleanPointInPolygon(centre, zone) ? centre : pointOnFeature(zone);
    return [{ type: "Feature", geometry: point.geometry, properties: { ...project.properties } }];
  });
  return { type: "FeatureCollection", features };
}
