import { featureFilter } from "@maplibre/maplibre-gl-style-spec";
import { describe, expect, it } from "vitest";
import { makeProject } from "../../tests/support/make-point-project";
import { indexFeature } from "../filters/indexed-properties";
import { matchesFilters } from "../filters/matches-filters";
import { DEFAULT_FILTERS, type ProjectFilters } from "../filters/project-filters";
import { filterGlobalState } from "./global-state";
import { VISIBLE_PROJECT_EXPRESSION } from "./visible-projects-expression";

const projects = [
  makeProject({ id: "rail-a", pillar: "hub", layer: "railway", status: "start", counties: ["330421"] }),
  makeProject({
    id: "lab-b",
    pillar: "innovation",
    layer: "innovation",
    status: "operation",
    counties: ["330402"],
  }),
  makeProject({ id: "zone-c", pillar: "openness", layer: "platform", status: "planning", counties: [] }),
  makeProject({
    id: "road-d",
    pillar: "hub",
    layer: "highway",
    status: "construction",
    name_en: "G320 Fengnan",
  }),
].map(indexFeature);

const cases: Array<[string, Partial<ProjectFilters>]> = [
  ["defaults", {}],
  ["one pillar", { pillars: ["hub"] }],
  ["no status", { statuses: [] }],
  ["two statuses", { statuses: ["start", "planning"] }],
  ["one layer", { layers: ["platform"] }],
  ["one county", { counties: ["330421"] }],
  ["two counties", { counties: ["330421", "330402"] }],
  ["search in English, any case", { query: "g320" }],
  ["full-width search", { query: "Ｇ３２０" }],
  ["combined", { pillars: ["hub"], counties: ["330421"], query: "rail" }],
  ["search engine matches (pinyin)", { query: "hhcj", queryMatches: { query: "hhcj", ids: ["lab-b"] } }],
  ["stale engine matches", { query: "hhc", queryMatches: { query: "hhcj", ids: ["lab-b"] } }],
];

describe("the MapLibre filter expression", () => {
  it.each(cases)("shows exactly the projects the list shows: %s", (_name, change) => {
    const filters = { ...DEFAULT_FILTERS, ...change };
    const expression = featureFilter(VISIBLE_PROJECT_EXPRESSION, "filter", filterGlobalState(filters));
    for (const project of projects) {
      const mapShows = expression.filter({ zoom: 10 }, { type: 1, properties: project.properties } as never);
      expect(mapShows, project.properties.id).toBe(matchesFilters(project.properties, filters));
    }
  });

  it("hides everything when no pillar is chosen", () => {
    const filters = { ...DEFAULT_FILTERS, pillars: [] };
    expect(projects.filter((project) => matchesFilters(project.properties, filters))).toEqual([]);
  });
});

describe("the search engine's matches", () => {
  it("show a project the names alone would not, only for the query they answer", () => {
    const found = { ...DEFAULT_FILTERS, query: "hhcj", queryMatches: { query: "hhcj", ids: ["lab-b"] } };
    expect(projects.filter((project) => matchesFilters(project.properties, found)).map((p) => p.id)).toEqual([
      "lab-b",
    ]);
    const stale = { ...found, query: "hhc" };
    expect(projects.filter((project) => matchesFilters(project.properties, stale))).toEqual([]);
  });
});
