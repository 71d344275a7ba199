import { describe, expect, it } from "vitest";
import { makeProject } from "../../tests/support/make-point-project";
import { activeFilters, hidingFilters, liftFilter, mergeHiding, revealChange } from "./hidden-by";
import { indexFeature } from "./indexed-properties";
import { matchesFilters } from "./matches-filters";
import { DEFAULT_FILTERS, type ProjectFilters } from "./project-filters";

const airport = indexFeature(
  makeProject({
    id: "jiaxing-military-civil-airport",
    name_zh: "嘉兴军民合用机场",
    layer: "airport",
    counties: ["330402"],
  }),
).properties;
const beyond = indexFeature(makeProject({ id: "xiaoshan-hub", counties: [] })).properties;
const haining: ProjectFilters = { ...DEFAULT_FILTERS, counties: ["330481"] };

describe("what hides a project", () => {
  it("names nothing when the project shows", () => {
    expect(hidingFilters(airport, DEFAULT_FILTERS)).toEqual([]);
    expect(hidingFilters(airport, { ...haining, counties: ["330481", "330402"] })).toEqual([]);
  });

  it("names the county filter, with the project's own county, for the airport under 海宁市", () => {
    expect(hidingFilters(airport, { ...haining, query: "机场" })).toEqual([
      { key: "counties", values: ["330402"] },
    ]);
  });

  it("names each facet and the search that hide it, in the table's order, the search last", () => {
    const filters: ProjectFilters = { ...haining, layers: ["railway"], query: "铁路" };
    expect(hidingFilters(airport, filters).map((hiding) => hiding.key)).toEqual([
      "layers",
      "counties",
      "query",
    ]);
  });

  it("counts the search engine's own matches (pinyin) as found", () => {
    const filters: ProjectFilters = {
      ...DEFAULT_FILTERS,
      query: "jxjc",
      queryMatches: { query: "jxjc", ids: [airport.id] },
    };
    expect(hidingFilters(airport, filters)).toEqual([]);
  });
});

describe("showing it again", () => {
  it("lifts just the filters that hide it, and then the project shows", () => {
    const filters: ProjectFilters = { ...haining, layers: ["railway", "highway"], statuses: ["start"] };
    const change = revealChange(filters, hidingFilters(airport, filters));
    expect(change).toEqual({
      statuses: ["start", "construction"],
      layers: ["railway", "airport", "highway"],
      counties: ["330402", "330481"],
    });
    expect(matchesFilters(airport, { ...filters, ...change })).toBe(true);
  });

  it("shows every county for a project outside them all, and clears a hiding search", () => {
    const filters: ProjectFilters = { ...haining, query: "nothing like it" };
    const change = revealChange(filters, hidingFilters(beyond, filters));
    expect(change).toEqual({ counties: [], query: "" });
    expect(matchesFilters(beyond, { ...filters, ...change })).toBe(true);
  });
});

describe("the active filters", () => {
  it("lists the facets that differ from showing everything, and a search", () => {
    expect(activeFilters(DEFAULT_FILTERS)).toEqual([]);
    expect(activeFilters({ ...haining, statuses: ["start"], query: " 机场 " })).toEqual([
      "statuses",
      "counties",
      "query",
    ]);
    expect(activeFilters({ ...DEFAULT_FILTERS, query: "   " })).toEqual([]);
  });

  it("lifts one at a time", () => {
    expect(liftFilter("counties")).toEqual({ counties: [] });
    expect(liftFilter("layers")).toEqual({ layers: [...DEFAULT_FILTERS.layers] });
    expect(liftFilter("query")).toEqual({ query: "" });
  });
});

describe("several hidden projects (a plan clause)", () => {
  it("merges what hides each, each facet once with all the values it leaves out", () => {
    const merged = mergeHiding([
      [{ key: "counties", values: ["330402"] }],
      [
        { key: "counties", values: ["330402", "330411"] },
        { key: "query", values: [] },
      ],
      [{ key: "layers", values: ["airport"] }],
    ]);
    expect(merged).toEqual([
      { key: "layers", values: ["airport"] },
      { key: "counties", values: ["330402", "330411"] },
      { key: "query", values: [] },
    ]);
  });
});
