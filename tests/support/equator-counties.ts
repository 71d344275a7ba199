// Two square "counties" side by side on the equator, small enough to work out figures by hand.
//
// On turf's sphere (R = 6371.0088 km) one degree is R × π / 180 = 111.19508 km, so 0.1° = 11.11951 km
// and 0.05° = 5.55975 km, along the equator and (to within 1 part in 10⁶ this close to it) along a
// meridian. Each county is 0.1° × 0.1°: R² × Δλ × (sin 0.1° − sin 0°) = 123.6434 km².
//
//   west: 330402  (0, 0) – (0.1, 0.1)      east: 330411  (0.1, 0) – (0.2, 0.1)
import type { Position } from "geojson";
import type { CountyCollection, CountyFeature } from "../../src/data/basemap-schema";

export const DEGREE_KILOMETRES = 111.19508;
export const COUNTY_SQUARE_KILOMETRES = 123.6434;
export const WEST = "330402";
export const EAST = "330411";

export function square(west: number, south: number, east: number, north: number): Position[][] {
  return [
    [
      [west, south],
      [east, south],
      [east, north],
      [west, north],
      [west, south],
    ],
  ];
}

function county(adcode: string, west: number): CountyFeature {
  return {
    type: "Feature",
    properties: { adcode, name_zh: `县${adcode}`, name_en: `County ${adcode}` },
    geometry: { type: "Polygon", coordinates: square(west, 0, west + 0.1, 0.1) },
  };
}

export const EQUATOR_COUNTIES: CountyCollection = {
  type: "FeatureCollection",
  features: [county(WEST, 0), county(EAST, 0.1)],
};
