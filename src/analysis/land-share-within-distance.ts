// The share (0–1) of each county's land within a distance of any feature of a set, e.g. all rail
// projects: buffer → union → intersect with the county → area ratio. Distances are in kilometres.
import { area, featureCollection, intersect } from "@turf/turf";
import type { Feature, MultiPolygon, Polygon } from "geojson";
import { type AnalysisResult, accepted } from "./analysis-result";
import { bufferUnion } from "./buffer-union";
import type { CountyCollection } from "./county-types";
import { type PreparedCounty, prepareCounties } from "./prepare-counties";
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
  return accepted(sharesWithin(bufferUnion(features, distance.value), prepared));
}

// The same ratio for an already-buffered zone, so a table can buffer once and read many counties.
export function sharesWithin(
  zone: Feature<Polygon | MultiPolygon> | null,
  prepared: readonly PreparedCounty[],
): Record<string, LandShare> {
  const shares: Record<string, LandShare> = {};
  for (const county of prepared) {
    const land = county.areaSquareKilometres;
    const overlap = zone ? intersect(featureCollection([zone, county.feature])) : null;
    // turf area is in m²; 1 km² = 1e6 m². Clamped: rounding in the overlay can exceed the county by a hair.
    const within = overlap ? Math.min(land, area(overlap) / 1e6) : 0;
    shares[county.adcode] = {
      landSquareKilometres: land,
      withinSquareKilometres: within,
      share: land > 0 ? within / land : 0,
    };
  }
  return shares;
}
