// Nothing hidden without a word (issue 28): which of the current filters hide a project, the change that
// lifts just those, and the active filters as a list a page can show as chips. Pure, beside the one
// predicate (matches-filters.ts) whose rule it explains.
import { FACET_KEYS, FACETS, type FacetKey, facetsHiding, facetValuesOf } from "../data/facets";
import type { IndexedProperties } from "./indexed-properties";
import {
  currentQueryMatches,
  DEFAULT_FILTERS,
  normaliseQuery,
  type ProjectFilters,
  sameChoice,
} from "./project-filters";

export type FilterKey = FacetKey | "query";

export interface HidingFilter {
  key: FilterKey;
  // The project's own values of the facet, which the choice leaves out (none for the search, and none
  // for a project outside every county).
  values: string[];
}

/** The filters that hide the project, in the facet table's order, the search last; none if it shows. */
export function hidingFilters(properties: IndexedProperties, filters: ProjectFilters): HidingFilter[] {
  const hiding: HidingFilter[] = facetsHiding(properties, filters).map((key) => ({
    key,
    values: [...facetValuesOf(properties, key)],
  }));
  const query = normaliseQuery(filters.query);
  const found =
    query === "" ||
    properties.search_text.includes(query) ||
    currentQueryMatches(filters).includes(properties.id);
  if (!found) hiding.push({ key: "query", values: [] });
  return hiding;
}

/**
 * The change that shows the project again and touches nothing else: each hiding facet gains the
 * project's values (its county, its layer…), or shows everything where the project has none; a hiding
 * search is cleared.
 */
export function revealChange(
  filters: ProjectFilters,
  hiding: readonly HidingFilter[],
): Partial<ProjectFilters> {
  const change: Partial<ProjectFilters> = {};
  for (const { key, values } of hiding) {
    if (key === "query") {
      change.query = "";
      continue;
    }
    const order = FACETS[key].values as readonly string[];
    const next =
      values.length === 0 && FACETS[key].emptyMeansAll
        ? []
        : order.filter((value) => filters[key].includes(value as never) || values.includes(value));
    (change as Record<FacetKey, string[]>)[key] = next;
  }
  return change;
}

/** The filters that differ from showing everything, in the facet table's order, the search last. */
export function activeFilters(filters: ProjectFilters): FilterKey[] {
  const keys: FilterKey[] = FACET_KEYS.filter((key) => !sameChoice(filters[key], DEFAULT_FILTERS[key]));
  if (normaliseQuery(filters.query) !== "") keys.push("query");
  return keys;
}

/** The change that lifts one filter: the facet shows everything again, or the search is cleared. */
export function liftFilter(key: FilterKey): Partial<ProjectFilters> {
  return key === "query" ? { query: "" } : { [key]: [...DEFAULT_FILTERS[key]] };
}

/** The filters that hide any of several projects, each facet once with every value it leaves out. */
export function mergeHiding(lists: readonly (readonly HidingFilter[])[]): HidingFilter[] {
  const merged = new Map<FilterKey, Set<string>>();
  for (const list of lists)
    for (const { key, values } of list) {
      const known = merged.get(key) ?? new Set<string>();
      for (const value of values) known.add(value);
      merged.set(key, known);
    }
  const order: FilterKey[] = [...FACET_KEYS, "query"];
  return order.filter((key) => merged.has(key)).map((key) => ({ key, values: [...(merged.get(key) ?? [])] }));
}
