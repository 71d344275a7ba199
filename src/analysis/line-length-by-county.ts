// Kilometres of line features inside each county. A line counts in every county it crosses, by its
// length there; points and polygons are ignored. Parts beyond all counties count nowhere.
import type { Feature } from "geojson";
import type { CountyCollection } from "./county-types";
import { geometryParts } from "./geometry-parts";
import { lengthInsideKilometres } from "./line-length-inside";
import { type PreparedCounty, prepareCounties } from "./prepare-counties";

export function lineLengthByCounty(
  features: readonly Feature[],
  counties: CountyCollection,
  prepared: readonly PreparedCounty[] = prepareCounties(counties),
): Record<string, number> {
  const kilometres: Record<string, number> = {};
  for (const county of prepared) kilometres[county.adcode] = 0;
  for (const feature of features) {
    const lines = geometryParts(feature.geometry).lines;
    if (lines.length === 0) continue;
    for (const county of prepared) {
      kilometres[county.adcode] =
        (kilometres[county.adcode] ?? 0) + lengthInsideKilometres(lines, county.prepared);
    }
  }
  return kilometres;
}
