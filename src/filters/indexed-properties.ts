// Properties derived once at load time so that every filter is a constant-time test per feature, both in
// the JavaScript predicate and in the MapLibre expression: a search string and one flag per county.
import { COUNTY_CODES, type ProjectFeature, type ProjectProperties } from "../data/project-schema";
import { countyFlag, normaliseQuery } from "./project-filters";

export type IndexedProperties = ProjectProperties & {
  search_text: string;
} & Record<`in_${string}`, boolean>;

export type IndexedFeature = Omit<ProjectFeature, "properties"> & { properties: IndexedProperties };

export function searchText(properties: Pick<ProjectProperties, "id" | "name_zh" | "name_en">): string {
  return normaliseQuery(`${properties.name_zh} ${properties.name_en} ${properties.id}`);
}

export function indexFeature(feature: ProjectFeature): IndexedFeature {
  const properties = {
    ...feature.properties,
    search_text: searchText(feature.properties),
  } as IndexedProperties;
  for (const code of COUNTY_CODES) {
    properties[countyFlag(code)] = feature.properties.counties.includes(code);
  }
  return { ...feature, properties };
}
