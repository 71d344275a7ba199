// Square kilometres of polygon features inside each county. Overlapping features are summed, not
// merged, so the figure is "project area", not "land covered"; points and lines are ignored.
// A polygon wholly inside or wholly outside a county is settled without an overlay; only one that
// crosses a border is intersected with it (turf intersect, 5–15 ms each), and each feature's figures
// are remembered for the session.
import { area, featureCollection, intersect, multiPolygon } from "@turf/turf";
import type { Feature, Position } from "geojson";
import type { CountyCollection } from "../data/basemap-schema";
import { geometryParts } from "../geo/geometry-parts";
import { boundingBoxOf, boxesOverlap } from "./bounding-box";
import { memoByFeature } from "./memo-by-feature";
import { type PreparedCounty, prepareCounties } from "./prepare-counties";
import { containsPoint, preparePolygon, segmentCrossings } from "./prepared-polygon";

const remembered = memoByFeature<Record<string, number>>();

export function polygonAreaByCounty(
  features: readonly Feature[],
  counties: CountyCollection,
  prepared: readonly PreparedCounty[] = prepareCounties(counties),
): Record<string, number> {
  const squareKilometres: Record<string, number> = {};
  for (const county of prepared) squareKilometres[county.adcode] = 0;
  for (const feature of features) {
    const perCounty = remembered(counties, feature, () => featureAreaByCounty(feature, prepared));
    for (const [adcode, value] of Object.entries(perCounty)) {
      squareKilometres[adcode] = (squareKilometres[adcode] ?? 0) + value;
    }
  }
  return squareKilometres;
}

function featureAreaByCounty(feature: Feature, prepared: readonly PreparedCounty[]): Record<string, number> {
  const result: Record<string, number> = {};
  const polygons = geometryParts(feature.geometry).polygons;
  if (polygons.length === 0) return result;
  const box = boundingBoxOf(polygons.flatMap((polygon) => polygon[0] ?? []));
  const shape = multiPolygon(polygons);
  const ownOutline = preparePolygon(polygons);
  for (const county of prepared) {
    if (!boxesOverlap(box, county.prepared)) continue;
    // turf area is in m²; 1 km² = 1e6 m².
    if (!crossesBorder(polygons, county)) {
      const countyInside = county.polygons.some((rings) =>
        rings.some((ring) => containsPoint(ownOutline, ring[0]?.[0] as number, ring[0]?.[1] as number)),
      );
      const first = polygons[0]?.[0]?.[0] as Position;
      if (!countyInside) {
        if (containsPoint(county.prepared, first[0] as number, first[1] as number))
          result[county.adcode] = area(shape) / 1e6;
        continue;
      }
    }
    const overlap = intersect(featureCollection([shape, county.feature]));
    if (overlap) result[county.adcode] = area(overlap) / 1e6;
  }
  return result;
}

// Whether any edge of the polygons touches or crosses the county's border.
function crossesBorder(polygons: readonly Position[][][], county: PreparedCounty): boolean {
  for (const ring of polygons.flat()) {
    for (let index = 0; index + 1 < ring.length; index++) {
      if (segmentCrossings(county.prepared, ring[index] as Position, ring[index + 1] as Position).length > 0)
        return true;
    }
  }
  return false;
}
