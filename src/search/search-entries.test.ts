import { describe, expect, it } from "vitest";
import { TEST_INDEX } from "../../tests/support/search-test-index";
import { MATCH_SCORES } from "./match-entry";
import { type SearchResults, search } from "./search-entries";
import type { SearchIndex } from "./search-index-types";

const keys = (results: SearchResults, kind: string) =>
  results.groups.find((group) => group.kind === kind)?.results.map((result) => result.entry.key) ?? [];

const first = (results: SearchResults, kind: string) =>
  results.groups.find((group) => group.kind === kind)?.results[0];

const marked = (text: string, ranges: [number, number][]) =>
  ranges.map(([start, end]) => text.slice(start, end));

describe("search groups", () => {
  it("always answers four groups in the order projects, counties, places, facets", () => {
    for (const query of ["海宁", "", "nothing-like-this"])
      expect(search(TEST_INDEX, query, "zh").groups.map((group) => group.kind)).toEqual([
        "project",
        "county",
        "place",
        "facet",
      ]);
  });

  it("finds the county 海宁市 first for 海宁, and the projects named after it", () => {
    const results = search(TEST_INDEX, "海宁", "zh");
    expect(first(results, "county")?.entry.zh).toBe("海宁市");
    expect(marked("海宁市", first(results, "county")?.highlight ?? [])).toEqual(["海宁"]);
    expect(keys(results, "project")).toEqual(["g525-haining-section"]);
    expect(keys(results, "place")).toEqual(["haining"]);
  });

  it("returns empty groups when nothing matches, and for an empty query", () => {
    for (const query of ["zzzzqqq", "", "   ", "《》"]) {
      const results = search(TEST_INDEX, query, "en");
      expect(results.groups.every((group) => group.results.length === 0 && group.total === 0)).toBe(true);
    }
  });

  it("cuts each group to the limit and reports how many matched", () => {
    const limited = search(TEST_INDEX, "intercity", "en", { limitPerGroup: 1 });
    expect(limited.groups[0]?.results).toHaveLength(1);
    expect(limited.groups[0]?.total).toBe(2);
    const all = search(TEST_INDEX, "intercity", "en", { limitPerGroup: Infinity });
    expect(all.groups[0]?.results).toHaveLength(2);
  });
});

describe("ranking", () => {
  it("puts an exact name before a prefix before a later word", () => {
    const results = search(TEST_INDEX, "haining", "en");
    expect(first(results, "place")?.score).toBe(MATCH_SCORES.exact);
    const projects = results.groups[0]?.results ?? [];
    expect(projects.map((result) => result.entry.key)).toEqual([
      "g525-haining-section",
      "hangzhou-haining-intercity-railway",
    ]);
    expect(projects.map((result) => result.score)).toEqual([MATCH_SCORES.substring, MATCH_SCORES.substring]);
  });

  it("ranks a name match above a pinyin match, and a pinyin prefix above initials", () => {
    expect(first(search(TEST_INDEX, "杭海", "zh"), "project")?.score).toBe(MATCH_SCORES.exact);
    expect(first(search(TEST_INDEX, "hanghai", "zh"), "project")?.score).toBe(MATCH_SCORES.pinyinPrefix);
    expect(first(search(TEST_INDEX, "hhcj", "zh"), "project")?.score).toBe(MATCH_SCORES.initialsPrefix);
    expect(first(search(TEST_INDEX, "cjtl", "zh"), "project")?.score).toBe(MATCH_SCORES.weak);
  });

  it("does not take pinyin for a word inside an English name (hanghai is not Shanghai)", () => {
    const results = search(TEST_INDEX, "hanghai", "en");
    expect(keys(results, "project")[0]).toBe("hangzhou-haining-intercity-railway");
    expect(first(results, "place")?.score).toBe(MATCH_SCORES.weak);
  });

  it("breaks ties by the shorter name, then by index order", () => {
    const projects = search(TEST_INDEX, "铁路", "zh").groups[0]?.results ?? [];
    expect(projects.map((result) => result.entry.key)).toEqual([
      "hangzhou-haining-intercity-railway",
      "shanghai-pinghu-intercity-railway",
    ]);
    const canals = search(TEST_INDEX, "grand canal", "en").groups[0]?.results ?? [];
    expect(canals.map((result) => result.entry.key)).toEqual([
      "grand-canal-jiaxing-section",
      "grand-canal-jiaxing-cultural-belt",
    ]);
  });

  it("finds facets by the plan's words in either language", () => {
    expect(keys(search(TEST_INDEX, "铁路", "zh"), "facet")).toEqual(["layer:railway"]);
    expect(keys(search(TEST_INDEX, "Railway", "en"), "facet")).toEqual(["layer:railway"]);
  });
});

describe("highlights", () => {
  it("marks the matched part of the displayed name, whichever language is shown", () => {
    const english = first(search(TEST_INDEX, "grand canal", "en"), "project");
    expect(marked(english?.entry.en ?? "", english?.highlight ?? [])).toEqual(["Grand Canal"]);
    const chinese = first(search(TEST_INDEX, "嘉兴段", "zh"), "project");
    expect(marked(chinese?.entry.zh ?? "", chinese?.highlight ?? [])).toEqual(["嘉兴段"]);
  });

  it("marks the Chinese characters a pinyin or initials query spells", () => {
    const cases: [string, string][] = [
      ["hanghai", "杭海"],
      ["hangha", "杭海"],
      ["hhcj", "杭海城际"],
      ["tielu", "铁路"],
      ["jiaxing", "嘉兴"],
    ];
    for (const [query, expected] of cases) {
      const result = search(TEST_INDEX, query, "zh").groups.flatMap((group) => group.results)[0];
      expect(marked(result?.entry.zh ?? "", result?.highlight ?? []), query).toEqual([expected]);
    }
  });

  it("marks nothing when a pinyin match cannot be placed in an English name", () => {
    expect(first(search(TEST_INDEX, "hhcj", "en"), "project")?.highlight).toEqual([]);
  });
});

describe("hostile input", () => {
  const hostile = [
    "杭".repeat(1000),
    "\u0000\u0001杭海\u007f",
    "🚄🚄🚄",
    "🚄杭海",
    "<script>alert(1)</script>",
    "杭\uD83D",
    "\uDE84海宁",
    "\u202E海宁\u200F",
    "\u200F",
    ".*+?^$()|[]{}\\",
  ];

  it("never throws, whatever the query", () => {
    for (const query of hostile)
      for (const language of ["zh", "en"] as const)
        expect(() => search(TEST_INDEX, query, language), JSON.stringify(query)).not.toThrow();
  });

  it("reports a cut query", () => {
    const results = search(TEST_INDEX, "杭".repeat(1000), "zh");
    expect(results.truncated).toBe(true);
    expect(results.query).toBe("杭".repeat(100));
  });

  it("searches what is left once marks and control characters are gone", () => {
    expect(keys(search(TEST_INDEX, "\u202E海宁\u200F", "zh"), "county")).toEqual(["330481"]);
    expect(keys(search(TEST_INDEX, "\u0000杭海\u007f", "zh"), "project")[0]).toBe(
      "hangzhou-haining-intercity-railway",
    );
    expect(keys(search(TEST_INDEX, "🚄杭海", "zh"), "project")[0]).toBe("hangzhou-haining-intercity-railway");
    expect(search(TEST_INDEX, "<script>", "en").query).toBe("<script>");
  });

  it("survives an index that is not one", () => {
    const broken = { version: 1, entries: null } as unknown as SearchIndex;
    expect(search(broken, "海宁", "zh").groups.every((group) => group.total === 0)).toBe(true);
  });
});
