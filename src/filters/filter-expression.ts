// The visibility rule as a MapLibre expression over `global-state`, so a filter change is one
// setGlobalStateProperty call per changed key: no source rebuild, no setFilter on every layer.
import type { ExpressionSpecification, StateSpecification } from "@maplibre/maplibre-gl-style-spec";
import { COUNTY_CODES } from "../data/project-schema";
import { countyFlag, DEFAULT_FILTERS, normaliseQuery, type ProjectFilters } from "./project-filters";

export interface FilterGlobalState {
  pillars: string[];
  statuses: string[];
  layers: string[];
  counties: string[];
  countyFilterActive: boolean;
  query: string;
}

export function filterGlobalState(filters: ProjectFilters): FilterGlobalState {
  return {
    pillars: [...filters.pillars],
    statuses: [...filters.statuses],
    layers: [...filters.layers],
    counties: [...filters.counties],
    countyFilterActive: filters.counties.length > 0,
    query: normaliseQuery(filters.query),
  };
}

export function filterStateDefaults(): StateSpecification {
  const state = filterGlobalState(DEFAULT_FILTERS);
  return Object.fromEntries(Object.entries(state).map(([key, value]) => [key, { default: value }]));
}

const countyClause: ExpressionSpecification = [
  "any",
  ["!", ["global-state", "countyFilterActive"]],
  ...COUNTY_CODES.map(
    (code): ExpressionSpecification => [
      "all",
      ["in", code, ["global-state", "counties"]],
      ["==", ["get", countyFlag(code)], true],
    ],
  ),
];

export const VISIBLE_PROJECT_EXPRESSION: ExpressionSpecification = [
  "all",
  ["in", ["get", "pillar"], ["global-state", "pillars"]],
  ["in", ["get", "status"], ["global-state", "statuses"]],
  ["in", ["get", "layer"], ["global-state", "layers"]],
  countyClause,
  ["in", ["global-state", "query"], ["get", "search_text"]],
];
