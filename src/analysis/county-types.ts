// The county polygons the analysis reads: data/basemap/counties.geojson, one feature per county.
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from "geojson";

export interface CountyProperties {
  adcode: string;
  name_zh: string;
  name_en: string;
}

export type CountyFeature = Feature<Polygon | MultiPolygon, CountyProperties>;
export type CountyCollection = FeatureCollection<Polygon | MultiPolygon, CountyProperties>;
