// The share (0–1) of each county's land within N km of any feature of a set, e.g. all rail projects:
// the area of (the features' buffers, merged, ∩ the county) over the county's area. The merged buffer
// is measured by adaptive tiling (area-within-distance.ts) rather than built as a polygon.
import type { Feature } from "geojson";
import type { CountyCollection } from "../data/basemap-schema";
import { type AnalysisResult, accepted } from "./analysis-result";
import { areaWithinDistance } from "./area-within-distance";
import { type PreparedCounty, prepareCounties } from "./prepare-counties";
import { buildProximityIndex, type ProximityIndex } from "./proximity-index";
import { validateDistance } from "./validate-distance";

export interface LandShare {
  landSquareKilometres: number;
  withinSquareKilometres: number;
  // withinSquareKilometres / landSquareKilometres, 0–1; 0 for a county of no land.
  share: number;
}

export function landShareWithinDistance(
  features: readonly Feature[],
  counties: CountyCollection,
  distanceKilometres: unknown,
  prepared: readonly PreparedCounty[] = prepareCounties(counties),
): AnalysisResult<Record<string, LandShare>> {
  const distance = validateDistance(distanceKilometres);
  if (!distance.ok) return distance;
  return accepted(sharesWithin(buildProximityIndex(features, distance.value), distance.value, prepared));
}

// The same for features already indexed, so a table indexes each set once for all counties.
export function sharesWithin(
  index: ProximityIndex,
  distanceKilometres: number,
  prepared: readonly PreparedCounty[],
): Record<string, LandShare> {
  const shares: Record<string, LandShare> = {};
  for (const county of prepared) {
    const land = county.areaSquareKilometres;
    // Clamped: the tiles' flat-border estimate can exceed the county by a sliver.
    const within =
      index.segments.length === 0 ? 0 : Math.min(land, areaWithinDistance(index, distanceKilometres, county));
    shares[county.adcode] = {
      landSquareKilometres: land,
      withinSquareKilometres: within,
      share: land > 0 ? within / land : 0,
    };
  }
  return shares;
}
