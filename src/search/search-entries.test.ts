import { describe, expect, it } from "vitest";
import { TEST_INDEX } from "../../tests/support/search-test-index";
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

  it("finds the county 海宁市 first for 海宁, and the projects named after it or lying in it", () => {
    const results = search(TEST_INDEX, "海宁", "zh");
    expect(first(results, "county")?.entry.zh).toBe("海宁市");
    expect(marked("海宁市", first(results, "county")?.highlight ?? [])).toEqual(["海宁"]);
    expect(keys(results, "project")).toEqual(["g525-haining-section", "hangzhou-haining-intercity-railway"]);
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
  it("puts an exact name first, then whole words before later and partial ones", () => {
    const results = search(TEST_INDEX, "haining", "en");
    const place = first(results, "place");
    expect(place?.entry.key).toBe("haining");
    expect(place?.score).toBeGreaterThan(10); // the whole query is the name
    // Both name Haining as a whole word; the shorter name, where it comes earlier, leads.
    expect(keys(results, "project")).toEqual(["g525-haining-section", "hangzhou-haining-intercity-railway"]);
  });

  it("ranks a name match above a pinyin match, and whole syllables above initials", () => {
    const score = (query: string) => first(search(TEST_INDEX, query, "zh"), "project")?.score ?? 0;
    expect(score("杭海")).toBeGreaterThan(score("hanghai"));
    expect(score("hanghai")).toBeGreaterThan(score("hhcj"));
    expect(score("hhcj")).toBeGreaterThan(score("cjtl"));
    expect(score("cjtl")).toBeGreaterThan(0);
  });

  it("does not take pinyin for a word inside an English name (hanghai is not Shanghai)", () => {
    const results = search(TEST_INDEX, "hanghai", "en");
    expect(keys(results, "project")[0]).toBe("hangzhou-haining-intercity-railway");
    expect(first(results, "place")?.entry.key).toBe("shanghai");
    expect(first(results, "place")?.score ?? 0).toBeLessThan(first(results, "project")?.score ?? 0);
  });

  it("breaks ties by the shorter name, then by index order", () => {
    const projects = search(TEST_INDEX, "城际铁路", "zh").groups[0]?.results ?? [];
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

describe("search by words", () => {
  it("needs every word, in any order", () => {
    for (const query of ["canal grand", "Grand Canal", "grand, canal!", "GRAND   canal"])
      expect(keys(search(TEST_INDEX, query, "en"), "project")[0], query).toBe("grand-canal-jiaxing-section");
    expect(keys(search(TEST_INDEX, "grand railway", "en"), "project")).toEqual([]);
  });

  it("narrows by a project's county and layer words, which weigh less than its names", () => {
    // Haining is a county word of the G525 section and of the intercity railway; railway is a layer word.
    expect(keys(search(TEST_INDEX, "Haining railway", "en"), "project")).toEqual([
      "hangzhou-haining-intercity-railway",
    ]);
    expect(keys(search(TEST_INDEX, "railway haining", "en"), "project")).toEqual([
      "hangzhou-haining-intercity-railway",
    ]);
    expect(keys(search(TEST_INDEX, "海宁 铁路", "zh"), "project")).toEqual([
      "hangzhou-haining-intercity-railway",
    ]);
    // 沪平城际铁路 is a railway in 平湖, not in 海宁: one word of two is not enough.
    expect(keys(search(TEST_INDEX, "Pinghu road", "en"), "project")).toEqual([]);
    // A name match leads a county-word match.
    const haining = search(TEST_INDEX, "海宁", "zh").groups[0]?.results ?? [];
    expect(haining.map((result) => result.entry.key)).toEqual([
      "g525-haining-section",
      "hangzhou-haining-intercity-railway",
    ]);
  });

  it("reads pinyin as whole syllables with or without spaces, and mixed with Chinese", () => {
    for (const query of ["hang hai", "hanghai", "hai hang", "hanghai 铁路", "杭海 tielu", "tielu hanghai"])
      expect(keys(search(TEST_INDEX, query, "zh"), "project")[0], query).toBe(
        "hangzhou-haining-intercity-railway",
      );
    // Syllables typed together that only match apart: jiaxing…duan in 京杭运河嘉兴段.
    const apart = first(search(TEST_INDEX, "yunheduan", "zh"), "project");
    expect(apart?.entry.key).toBe("grand-canal-jiaxing-section");
    expect(marked(apart?.entry.zh ?? "", apart?.highlight ?? [])).toEqual(["运河", "段"]);
  });

  it("marks every word it matched in the displayed name", () => {
    const railway = first(search(TEST_INDEX, "railway Hangzhou", "en"), "project");
    expect(marked(railway?.entry.en ?? "", railway?.highlight ?? [])).toEqual(["Hangzhou", "Railway"]);
    const mixed = first(search(TEST_INDEX, "hangzhou 铁路", "zh"), "project");
    expect(marked(mixed?.entry.zh ?? "", mixed?.highlight ?? [])).toEqual(["铁路"]);
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
