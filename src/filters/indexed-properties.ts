// Properties derived once at load time so that every filter is a constant-time test per feature, both in
// the JavaScript predicate and in the MapLibre expression: a search string and one flag per county.

import { COUNTY_CODES, type ProjectFeature, type ProjectProperties } from "../data/project-schema";
import { areaSquareMetres } from "../geo/coordinates";
import { countyFlag, normaliseQuery } from "./project-filters";

export type IndexedProperties = ProjectProperties & {
  search_text: string;
  // Area of polygon features in km² (0 for points and lines): the style fades large zones so a
  // prefecture-sized pilot zone does not wash out the whole map.
  area_km2: number;
} & Record<`in_${string}`, boolean>;

export type IndexedFeature = Omit<ProjectFeature, "properties"> & { properties: IndexedProperties };

export function searchText(properties: Pick<ProjectProperties, "id" | "name_zh" | "name_en">): string {
  return normaliseQuery(`${properties.name_zh} ${properties.name_en} ${properties.id}`);
}

export function indexFeature(feature: ProjectFeature): IndexedFeature {
  const polygonal = feature.geometry.type === "Polygon" || feature.geometry.type === "MultiPolygon";
  const properties = {
    ...feature.properties,
    search_text: searchText(feature.properties),
    area_km2: polygonal ? Math.round(areaSquareMetres(feature.geometry) / 1e4) / 100 : 0,
  } as IndexedProperties;
  for (const code of COUNTY_CODES) {
    properties[countyFlag(code)] = feature.properties.counties.includes(code);
  }
  return { ...feature, properties };
}
