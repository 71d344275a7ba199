import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { search } from "../src/search/search-entries";
import { repositoryPath } from "./basemap/paths";
import { buildSearchIndex } from "./build-search-index";
import { readSearchSources } from "./read-search-sources";

const { sources } = readSearchSources(repositoryPath("data/projects"), repositoryPath("data/basemap"));
const index = buildSearchIndex(sources);
const entry = (key: string) => index.entries.find((item) => item.key === key);
const projectKeys = (query: string, language: "zh" | "en") =>
  search(index, query, language).groups[0]?.results.map((result) => result.entry.key) ?? [];

describe("the search index built from the shipped data", () => {
  it("has every project, the seven counties, the places and the facets", () => {
    const count = (kind: string) => index.entries.filter((item) => item.kind === kind).length;
    expect(count("project")).toBe(sources.projects.length);
    expect(count("project")).toBeGreaterThanOrEqual(41);
    expect(count("county")).toBe(7);
    expect(count("place")).toBe(sources.places.features.length);
    expect(index.entries.filter((item) => item.kind === "facet").map((item) => item.key)).toEqual(
      expect.arrayContaining(["layer:railway", "layer:waterway", "pillar:hub", "pillar:openness"]),
    );
  });

  it("spells 杭海城际铁路 in pinyin and initials, with the plan's short name", () => {
    expect(entry("hangzhou-haining-intercity-railway")).toMatchObject({
      zh: "杭海城际铁路",
      pinyin: "hanghaichengjitielu",
      initials: "hhcjtl",
      aliases: ["杭海"],
    });
  });

  it("finds 杭海城际铁路 first by hanghai, hhcj and 杭海", () => {
    for (const query of ["hanghai", "hhcj", "杭海", "HangHai"])
      expect(projectKeys(query, "zh")[0], query).toBe("hangzhou-haining-intercity-railway");
  });

  it('finds both Grand Canal projects by "Grand Canal"', () => {
    expect(projectKeys("Grand Canal", "en").sort()).toEqual([
      "grand-canal-jiaxing-cultural-belt",
      "grand-canal-jiaxing-section",
    ]);
  });

  it("puts the right project first for queries of words, in any order, in English, pinyin or both", () => {
    const cases: [string, string][] = [
      ["airport Jiaxing", "jiaxing-military-civil-airport"],
      ["Jiaxing airport", "jiaxing-military-civil-airport"],
      ["Haining railway", "hangzhou-haining-intercity-railway"],
      ["canal grand", "grand-canal-jiaxing-section"],
      ["jiaxing jichang", "jiaxing-military-civil-airport"],
      ["jiaxingjichang", "jiaxing-military-civil-airport"],
      ["嘉兴 机场", "jiaxing-military-civil-airport"],
      ["机场", "jiaxing-military-civil-airport"],
    ];
    for (const [query, id] of cases)
      for (const language of ["zh", "en"] as const)
        expect(projectKeys(query, language)[0], `${query} (${language})`).toBe(id);
  });

  it("gives every project its counties' and layer's words, so they narrow a search", () => {
    expect(entry("hangzhou-haining-intercity-railway")?.context).toEqual(
      expect.arrayContaining(["海宁市", "海宁", "Haining", "铁路与轨道", "Railways", "railway"]),
    );
    // Every railway of Haining, and nothing else, answers "海宁 铁路".
    const expected = sources.projects
      .filter(
        (project) => project.properties.layer === "railway" && project.properties.counties.includes("330481"),
      )
      .map((project) => project.properties.id)
      .sort();
    expect([...projectKeys("海宁 铁路", "zh")].sort()).toEqual(expected);
  });

  it("finds the county 海宁市 first for 海宁, and projects named after it", () => {
    const results = search(index, "海宁", "zh");
    expect(results.groups[1]?.results[0]?.entry).toMatchObject({ key: "330481", zh: "海宁市" });
    expect(projectKeys("海宁", "zh")).toContain("g525-haining-section");
  });

  it("keeps pinyin to lower-case letters and digits, with one span digit per character", () => {
    for (const item of index.entries) {
      expect(item.pinyin, item.zh).toMatch(/^[a-z0-9]*$/);
      const spans = Array.from(item.spans).map(Number);
      expect(spans).toHaveLength(Array.from(item.zh).length);
      expect(spans.reduce((sum, length) => sum + length, 0)).toBe(item.pinyin.length);
      expect(item.initials).toHaveLength(spans.filter((length) => length > 0).length);
    }
  });

  it("gives every project, county and place somewhere to go, inside the region", () => {
    for (const item of index.entries.filter((candidate) => candidate.kind !== "facet")) {
      const [west, south, east, north] = item.bounds ?? [];
      const [longitude = NaN, latitude = NaN] = item.center ?? [];
      expect(west, item.key).toBeLessThanOrEqual(east ?? NaN);
      expect(south, item.key).toBeLessThanOrEqual(north ?? NaN);
      expect(longitude, item.key).toBeGreaterThan(119);
      expect(longitude, item.key).toBeLessThan(122.5);
      expect(latitude, item.key).toBeGreaterThan(29.5);
      expect(latitude, item.key).toBeLessThan(32.3);
    }
  });

  it("gives places unique keys", () => {
    const keys = index.entries.filter((item) => item.kind === "place").map((item) => item.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toContain("haining");
  });
});

describe("what the first script pays for search", () => {
  it("nothing from the pinyin library: no app file imports it", () => {
    const files = (directory: string): string[] =>
      readdirSync(directory, { withFileTypes: true }).flatMap((item) =>
        item.isDirectory() ? files(join(directory, item.name)) : [join(directory, item.name)],
      );
    const importers = files(repositoryPath("src")).filter((file) =>
      /from\s+["']pinyin-pro["']|import\(\s*["']pinyin-pro["']/.test(readFileSync(file, "utf8")),
    );
    expect(importers).toEqual([]);
  });
});
