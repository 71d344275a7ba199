// How many projects each filter choice would show, given the other filters. A choice that is switched off
// still shows what it would add, as in a shop's faceted search.
import { COUNTY_CODES, LAYERS, PILLARS, STATUSES } from "../data/project-schema";
import type { IndexedFeature } from "./indexed-properties";
import { matchesFilters } from "./matches-filters";
import type { ProjectFilters } from "./project-filters";

export interface FacetCounts {
  pillars: Record<string, number>;
  statuses: Record<string, number>;
  layers: Record<string, number>;
  counties: Record<string, number>;
}

export function facetCounts(features: readonly IndexedFeature[], filters: ProjectFilters): FacetCounts {
  const count = (
    open: Partial<ProjectFilters>,
    values: readonly string[],
    key: "pillar" | "status" | "layer",
  ): Record<string, number> => {
    const totals = Object.fromEntries(values.map((value) => [value, 0]));
    for (const feature of features) {
      if (!matchesFilters(feature.properties, { ...filters, ...open })) continue;
      const value = feature.properties[key];
      totals[value] = (totals[value] ?? 0) + 1;
    }
    return totals;
  };
  const counties = Object.fromEntries(COUNTY_CODES.map((code) => [code, 0]));
  for (const feature of features) {
    if (!matchesFilters(feature.properties, { ...filters, counties: [] })) continue;
    for (const code of feature.properties.counties) counties[code] = (counties[code] ?? 0) + 1;
  }
  return {
    pillars: count({ pillars: [...PILLARS] }, PILLARS, "pillar"),
    statuses: count({ statuses: [...STATUSES] }, STATUSES, "status"),
    layers: count({ layers: [...LAYERS] }, LAYERS, "layer"),
    counties,
  };
}
