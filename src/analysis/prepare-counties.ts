// Reads each county once for all the analyses of one table: its polygons, a prepared boundary for
// line and point queries, and its land area in km², in the city's usual county order.
import { area } from "@turf/turf";
import type { Position } from "geojson";
import type { CountyCollection, CountyFeature } from "../data/basemap-schema";
import { COUNTY_CODES } from "../data/project-schema";
import { geometryParts } from "../geo/geometry-parts";
import { type PreparedPolygon, preparePolygon } from "./prepared-polygon";

export interface PreparedCounty {
  adcode: string;
  feature: CountyFeature;
  polygons: Position[][][];
  prepared: PreparedPolygon;
  areaSquareKilometres: number;
}

export function prepareCounties(counties: CountyCollection): PreparedCounty[] {
  const order = (adcode: string) => {
    const index = (COUNTY_CODES as readonly string[]).indexOf(adcode);
    return index === -1 ? COUNTY_CODES.length : index;
  };
  return counties.features
    .filter((feature) => feature.geometry)
    .map((feature) => {
      const polygons = geometryParts(feature.geometry).polygons;
      return {
        adcode: feature.properties.adcode,
        feature,
        polygons,
        prepared: preparePolygon(polygons),
        // turf area is in m²; 1 km² = 1e6 m².
        areaSquareKilometres: area(feature) / 1e6,
      };
    })
    .sort((left, right) => order(left.adcode) - order(right.adcode));
}
