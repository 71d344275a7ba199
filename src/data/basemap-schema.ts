// The embedded basemap's contract: the files `npm run basemap` writes to data/basemap/ and the shapes the
// loader, the layers and the analysis read from them.
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from "geojson";

// One GeoJSON file each, named <source>.geojson. "neighbour-labels" has one point per neighbouring
// prefecture, so each is named once (a label on the polygons would repeat in every tile they cross).
export const BASEMAP_SOURCES = [
  "land",
  "neighbours",
  "counties",
  "city-outline",
  "places",
  "neighbour-labels",
] as const;
export type BasemapSourceName = (typeof BASEMAP_SOURCES)[number];
export type BasemapCollections = Record<BasemapSourceName, FeatureCollection>;

// counties.geojson: one feature per county, keyed by its GB/T 2260 code.
export interface CountyProperties {
  adcode: string;
  name_zh: string;
  name_en: string;
}

export type CountyFeature = Feature<Polygon | MultiPolygon, CountyProperties>;
export type CountyCollection = FeatureCollection<Polygon | MultiPolygon, CountyProperties>;

// city-outline.geojson: the union of the counties (or a single feature of it).
export type CityOutline = FeatureCollection<Polygon | MultiPolygon> | Feature<Polygon | MultiPolygon>;
