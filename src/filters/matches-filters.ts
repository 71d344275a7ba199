// The one predicate that decides whether a project is visible. The list, the counts and the summary use it
// directly; filter-expression.ts states the same rule for MapLibre, and a unit test holds them equal.
import type { IndexedProperties } from "./indexed-properties";
import { normaliseQuery, type ProjectFilters } from "./project-filters";

export function matchesFilters(properties: IndexedProperties, filters: ProjectFilters): boolean {
  if (!filters.pillars.includes(properties.pillar)) return false;
  if (!filters.statuses.includes(properties.status)) return false;
  if (!filters.layers.includes(properties.layer)) return false;
  if (filters.counties.length > 0 && !filters.counties.some((code) => properties.counties.includes(code))) {
    return false;
  }
  return properties.search_text.includes(normaliseQuery(filters.query));
}
