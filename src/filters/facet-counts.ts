// How many projects each filter choice would show, given the other filters. A choice that is switched off
// still shows what it would add, as in a shop's faceted search.
import { FACET_KEYS, FACETS, type FacetKey, facetValuesOf } from "../data/facets";
import type { IndexedFeature } from "./indexed-properties";
import { filterPredicate } from "./matches-filters";
import type { ProjectFilters } from "./project-filters";

export type FacetCounts = Record<FacetKey, Record<string, number>>;

export function facetCounts(features: readonly IndexedFeature[], filters: ProjectFilters): FacetCounts {
  const count = (key: FacetKey): Record<string, number> => {
    const totals: Record<string, number> = Object.fromEntries(FACETS[key].values.map((value) => [value, 0]));
    // The facet itself opened to everything it can show: what each of its choices would add.
    const shows = filterPredicate({
      ...filters,
      [key]: FACETS[key].emptyMeansAll ? [] : [...FACETS[key].values],
    });
    for (const feature of features) {
      if (!shows(feature.properties)) continue;
      for (const value of facetValuesOf(feature.properties, key)) totals[value] = (totals[value] ?? 0) + 1;
    }
    return totals;
  };
  return Object.fromEntries(FACET_KEYS.map((key) => [key, count(key)])) as FacetCounts;
}
