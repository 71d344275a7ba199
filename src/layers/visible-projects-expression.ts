// The visibility rule as a MapLibre expression over `global-state`, so a filter change is one
// setGlobalStateProperty call per changed key: no source rebuild, no setFilter on every layer.
import type { ExpressionSpecification } from "@maplibre/maplibre-gl-style-spec";
import { COUNTY_CODES } from "../data/project-schema";
import { countyFlag } from "../filters/project-filters";
import { globalState } from "./global-state";

const countyClause: ExpressionSpecification = [
  "any",
  ["!", globalState("countyFilterActive")],
  ...COUNTY_CODES.map(
    (code): ExpressionSpecification => [
      "all",
      ["in", code, globalState("counties")],
      ["==", ["get", countyFlag(code)], true],
    ],
  ),
];

export const VISIBLE_PROJECT_EXPRESSION: ExpressionSpecification = [
  "all",
  ["in", ["get", "pillar"], globalState("pillars")],
  ["in", ["get", "status"], globalState("statuses")],
  ["in", ["get", "layer"], globalState("layers")],
  countyClause,
  [
    "any",
    ["in", globalState("query"), ["get", "search_text"]],
    ["in", ["get", "id"], globalState("queryIds")],
  ],
];
