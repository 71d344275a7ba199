// Square kilometres of polygon features inside each county: each feature is intersected with each
// county and the overlap measured with turf area. Overlapping features are summed, not merged, so the
// figure is "project area", not "land covered"; points and lines are ignored.
import { area, featureCollection, intersect, multiPolygon } from "@turf/turf";
import type { Feature } from "geojson";
import { boundingBoxOf, boxesOverlap } from "./bounding-box";
import type { CountyCollection } from "./county-types";
import { geometryParts } from "./geometry-parts";
import { type PreparedCounty, prepareCounties } from "./prepare-counties";

export function polygonAreaByCounty(
  features: readonly Feature[],
  counties: CountyCollection,
  prepared: readonly PreparedCounty[] = prepareCounties(counties),
): Record<string, number> {
  const squareKilometres: Record<string, number> = {};
  for (const county of prepared) squareKilometres[county.adcode] = 0;
  for (const feature of features) {
    const polygons = geometryParts(feature.geometry).polygons;
    if (polygons.length === 0) continue;
    const box = boundingBoxOf(polygons.flatMap((polygon) => polygon[0] ?? []));
    const shape = multiPolygon(polygons);
    for (const county of prepared) {
      if (!boxesOverlap(box, county.prepared)) continue;
      const overlap = intersect(featureCollection([shape, county.feature]));
      // turf area is in m²; 1 km² = 1e6 m².
      if (overlap)
        squareKilometres[county.adcode] = (squareKilometres[county.adcode] ?? 0) + area(overlap) / 1e6;
    }
  }
  return squareKilometres;
}
