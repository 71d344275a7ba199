// The one predicate that decides whether a project is visible. The list, the counts and the summary use it
// directly; layers/visible-projects-expression.ts states the same rule for MapLibre, and a unit test holds
// them equal.
import { FACET_KEYS, passesFacet } from "../data/facets";
import type { IndexedProperties } from "./indexed-properties";
import { currentQueryMatches, normaliseQuery, type ProjectFilters } from "./project-filters";

export function matchesFilters(properties: IndexedProperties, filters: ProjectFilters): boolean {
  if (!FACET_KEYS.every((key) => passesFacet(properties, key, filters[key]))) return false;
  // A project shows when its names hold the typed text, or when the search engine found it (pinyin such
  // as "hhcj", the plan's short names): the list and the suggestions answer one query alike.
  return (
    properties.search_text.includes(normaliseQuery(filters.query)) ||
    currentQueryMatches(filters).includes(properties.id)
  );
}
