// Kilometres of line features inside each county. A line counts in every county it crosses, by its
// length there; points and polygons are ignored. Parts beyond all counties count nowhere. Each
// feature's figures are remembered for the session (memo-by-feature.ts).
import type { Feature } from "geojson";
import type { CountyCollection } from "../data/basemap-schema";
import { geometryParts } from "../geo/geometry-parts";
import { lengthInsideKilometres } from "./line-length-inside";
import { memoByFeature } from "./memo-by-feature";
import { type PreparedCounty, prepareCounties } from "./prepare-counties";

const remembered = memoByFeature<Record<string, number>>();

export function lineLengthByCounty(
  features: readonly Feature[],
  counties: CountyCollection,
  prepared: readonly PreparedCounty[] = prepareCounties(counties),
): Record<string, number> {
  const kilometres: Record<string, number> = {};
  for (const county of prepared) kilometres[county.adcode] = 0;
  for (const feature of features) {
    const perCounty = remembered(counties, feature, () => featureLengthByCounty(feature, prepared));
    for (const [adcode, value] of Object.entries(perCounty)) {
      kilometres[adcode] = (kilometres[adcode] ?? 0) + value;
    }
  }
  return kilometres;
}

function featureLengthByCounty(
  feature: Feature,
  prepared: readonly PreparedCounty[],
): Record<string, number> {
  const result: Record<string, number> = {};
  const lines = geometryParts(feature.geometry).lines;
  if (lines.length === 0) return result;
  for (const county of prepared) {
    const inside = lengthInsideKilometres(lines, county.prepared);
    if (inside > 0) result[county.adcode] = inside;
  }
  return result;
}
