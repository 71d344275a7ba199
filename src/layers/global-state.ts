// Everything the map's layers read from MapLibre's `global-state`: the filters, the language and the
// view. (The projects picked out are feature state: project-highlight.ts.) One typed definition with its defaults; layers refer to a key only through
// `globalState(key)`, so a renamed or missing key is a type error, not a silently empty map.
import type { ExpressionSpecification, StateSpecification } from "@maplibre/maplibre-gl-style-spec";
import {
  currentQueryMatches,
  DEFAULT_FILTERS,
  normaliseQuery,
  type ProjectFilters,
} from "../filters/project-filters";
import type { Language } from "../i18n/language";

export interface MapGlobalState {
  pillars: string[];
  statuses: string[];
  layers: string[];
  counties: string[];
  countyFilterActive: boolean; // false: every county, including projects outside any county
  query: string; // folded as the list folds it (normaliseQuery)
  queryIds: string[]; // projects the search engine found for the query (currentQueryMatches)
  language: Language;
  asideIds: string[]; // points beyond the city a tour slide draws only in its locator inset
  // "Then and now": which view colours the projects, and each project's latest recorded stage at the
  // chosen year (id → stage; a project missing from it has no record). One key per year move.
  mapView: "plan" | "progress";
  progressStages: Record<string, string>;
}

export type GlobalStateKey = keyof MapGlobalState;

export function filterGlobalState(filters: ProjectFilters) {
  return {
    pillars: [...filters.pillars],
    statuses: [...filters.statuses],
    layers: [...filters.layers],
    counties: [...filters.counties],
    countyFilterActive: filters.counties.length > 0,
    query: normaliseQuery(filters.query),
    queryIds: [...currentQueryMatches(filters)],
  } satisfies Partial<MapGlobalState>;
}

export const GLOBAL_STATE_DEFAULTS: MapGlobalState = {
  ...filterGlobalState(DEFAULT_FILTERS),
  language: "zh",
  asideIds: [],
  mapView: "plan",
  progressStages: {},
};

export function globalStateSpecification(): StateSpecification {
  return Object.fromEntries(
    Object.entries(GLOBAL_STATE_DEFAULTS).map(([key, value]) => [key, { default: value }]),
  );
}

export function globalState(key: GlobalStateKey): ExpressionSpecification {
  return ["global-state", key];
}
