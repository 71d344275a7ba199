// What the user has chosen to see: one list of shown values per facet (src/data/facets.ts) and a search.
// An empty county list means "every county" because a project outside any county (beyond the city) must
// still show by default.
import { FACET_KEYS, FACETS, type FacetChoices, type FacetKey } from "../data/facets";
import type { CountyCode } from "../data/project-schema";

export interface ProjectFilters extends FacetChoices {
  query: string;
  // The projects the header's search engine (pinyin, initials, the plan's short names) found for `query`.
  // Kept with the query it answers, so a stale answer never applies to newer text; never in the link.
  queryMatches?: QueryMatches;
}

export interface QueryMatches {
  query: string;
  ids: readonly string[];
}

/** The engine's matches when they answer the current query, else none. */
export function currentQueryMatches(filters: ProjectFilters): readonly string[] {
  return filters.queryMatches && filters.queryMatches.query === filters.query ? filters.queryMatches.ids : [];
}

function defaultChoice(key: FacetKey): string[] {
  return FACETS[key].emptyMeansAll ? [] : [...FACETS[key].values];
}

export const DEFAULT_FILTERS: ProjectFilters = Object.freeze({
  ...(Object.fromEntries(FACET_KEYS.map((key) => [key, defaultChoice(key)])) as FacetChoices),
  query: "",
}) as ProjectFilters;

export function isDefaultFilters(filters: ProjectFilters): boolean {
  return (
    FACET_KEYS.every((key) => sameChoice(filters[key], DEFAULT_FILTERS[key])) &&
    normaliseQuery(filters.query) === ""
  );
}

export function sameChoice(left: readonly string[], right: readonly string[]): boolean {
  return left.length === right.length && right.every((value) => left.includes(value));
}

// Search is forgiving: case-insensitive, full-width letters and digits folded to ASCII (NFKC), and
// surrounding blanks ignored, so "ｇ３２０" finds "G320".
export function normaliseQuery(query: string): string {
  return query.normalize("NFKC").trim().toLowerCase();
}

export function countyFlag(code: CountyCode): `in_${CountyCode}` {
  return `in_${code}`;
}

export const ALL_COUNTY_FLAGS = FACETS.counties.values.map(countyFlag);
