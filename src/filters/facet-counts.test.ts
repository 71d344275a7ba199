import { describe, expect, it } from "vitest";
import { makeProject } from "../../tests/support/make-point-project";
import { facetCounts } from "./facet-counts";
import { indexFeature } from "./indexed-properties";
import { matchesFilters } from "./matches-filters";
import { DEFAULT_FILTERS } from "./project-filters";

const features = [
  makeProject({ id: "a", layer: "railway", status: "start", counties: ["330421", "330402"] }),
  makeProject({ id: "b", layer: "railway", status: "planning", counties: ["330421"] }),
  makeProject({ id: "c", layer: "highway", status: "start", pillar: "hub", counties: [] }),
  makeProject({ id: "d", layer: "urban", status: "start", pillar: "quality", counties: ["330402"] }),
].map(indexFeature);

describe("facet counts", () => {
  it("counts every project per layer when nothing is filtered", () => {
    expect(facetCounts(features, DEFAULT_FILTERS).layers).toMatchObject({
      railway: 2,
      highway: 1,
      urban: 1,
      airport: 0,
    });
  });

  it("counts a switched-off layer as what it would add under the other filters", () => {
    const filters = { ...DEFAULT_FILTERS, layers: ["highway" as const], statuses: ["start" as const] };
    expect(facetCounts(features, filters).layers).toMatchObject({ railway: 1, highway: 1, urban: 1 });
  });

  it("counts a project in each county it touches", () => {
    expect(facetCounts(features, DEFAULT_FILTERS).counties).toMatchObject({
      "330421": 2,
      "330402": 2,
      "330424": 0,
    });
  });
});

describe("matchesFilters", () => {
  it("keeps projects in any chosen county and drops those in none", () => {
    const filters = { ...DEFAULT_FILTERS, counties: ["330402" as const] };
    expect(features.filter((f) => matchesFilters(f.properties, filters)).map((f) => f.id)).toEqual([
      "a",
      "d",
    ]);
  });

  it("combines filters: status and search together", () => {
    const filters = { ...DEFAULT_FILTERS, statuses: ["start" as const], query: "project a" };
    expect(features.filter((f) => matchesFilters(f.properties, filters)).map((f) => f.id)).toEqual(["a"]);
  });

  it("finds a project by its Chinese name", () => {
    const filters = { ...DEFAULT_FILTERS, query: "项目c" };
    expect(features.filter((f) => matchesFilters(f.properties, filters)).map((f) => f.id)).toEqual(["c"]);
  });
});
