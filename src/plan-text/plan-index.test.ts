// Against the committed plan.json, project files and not-mapped.json, so the index is tested on the plan
// the reader sees; one small fixture covers what the data happens not to contain.
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { NotMappedEntry } from "../data/not-mapped-schema";
import type { PlanBlock } from "../data/plan-schema";
import { createPlanIndex, type PlanProject } from "./plan-index";

const read = (path: string) => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), "utf8"));
const blocks = read("data/plan/plan.json") as PlanBlock[];
const notMapped = read("data/plan/not-mapped.json") as NotMappedEntry[];
const projects = readdirSync(new URL("../../data/projects/", import.meta.url))
  .filter((name) => name.endsWith(".geojson"))
  .flatMap((name) => (read(`data/projects/${name}`) as { features: { properties: PlanProject }[] }).features);
const index = createPlanIndex(blocks, projects, notMapped);
const textOf = (blockId: string, start: number, end: number) =>
  blocks.find((block) => block.id === blockId)?.text.slice(start, end);
const allMarks = [...index.marks].flatMap(([blockId, marks]) => marks.map((mark) => ({ blockId, ...mark })));
const mappedMarks = allMarks.flatMap((mark) => (mark.kind === "mapped" ? [mark] : []));

describe("createPlanIndex on the committed data", () => {
  it("marks as many clauses as there are distinct source quotes", () => {
    const distinctQuotes = new Set(projects.map((project) => project.properties.source_quote));
    expect(projects.length).toBeGreaterThan(0);
    expect(mappedMarks).toHaveLength(distinctQuotes.size);
    expect(new Set(mappedMarks.map((mark) => mark.quote))).toEqual(distinctQuotes);
    expect(index.unplaced).toEqual({ projectIds: [], entryIds: [] });
  });

  it("finds every project's whole quote", () => {
    for (const { properties } of projects) {
      const range = index.findQuote(properties.id);
      expect(range, properties.id).toBeDefined();
      if (range) expect(textOf(range.blockId, range.start, range.end)).toBe(properties.source_quote);
    }
    expect(index.findQuote("no-such-project")).toBeUndefined();
  });

  it("keeps every block's marks ordered and apart", () => {
    for (const marks of index.marks.values()) {
      marks.forEach((mark, position) => {
        expect(mark.end).toBeGreaterThan(mark.start);
        expect(mark.start).toBeGreaterThanOrEqual(marks[position - 1]?.end ?? 0);
      });
    }
  });

  it("makes a quote shared by two projects one mark with both ids", () => {
    const g525 = mappedMarks.find((mark) => mark.quote === "G525海盐段、海宁段整治");
    expect(g525).toMatchObject({
      projectIds: ["g525-haiyan-section", "g525-haining-section"],
      layers: ["highway"],
    });
  });

  it("gives a quote inside a longer quote to its own project, and the rest to the longer one", () => {
    const railway = mappedMarks.filter((mark) => mark.quote.includes("沪乍杭铁路"));
    expect(railway.map((mark) => [textOf(mark.blockId, mark.start, mark.end), mark.projectIds])).toEqual([
      ["同步推进沪乍杭铁路", ["shanghai-zhapu-hangzhou-railway"]],
      ["、铁路杭州萧山机场枢纽及接线工程", ["hangzhou-xiaoshan-airport-railway-hub"]],
    ]);
  });

  it("lists unmapped items inside a mapped clause on that clause, and marks the others", () => {
    const berths = mappedMarks.find((mark) => mark.projectIds.includes("jiaxing-port-10000-tonne-berths"));
    expect(berths?.notMappedIds).toEqual(["inland-harbour-basins", "port-access-branch-channels"]);
    const oneCore = allMarks.find((mark) => mark.kind === "not-mapped" && mark.entryId.includes("one-core"));
    expect(oneCore && textOf(oneCore.blockId, oneCore.start, oneCore.end)).toBe("一核十镇");
    expect(oneCore).toMatchObject({ reason: "no-location" });
  });

  it("counts coverage per battle from where the words stand", () => {
    const rows = index.coverage();
    expect(rows.map((row) => row.battle)).toEqual(["枢纽嘉兴", "创新嘉兴", "品质嘉兴", "开放嘉兴", null]);
    const total = (pick: (row: (typeof rows)[number]) => number) =>
      rows.reduce((sum, row) => sum + pick(row), 0);
    expect(total((row) => row.mapped)).toBe(mappedMarks.length);
    expect(total((row) => row.named)).toBe(mappedMarks.length + notMapped.length);
    const hub = rows[0];
    expect(hub?.notMapped).toMatchObject({ "no-location": 2, "outside-scope": 1 });
    // The reform paragraph's two zones lie outside the four battles.
    expect(rows[4]?.mapped).toBe(2);
  });
});

describe("searchSentences", () => {
  it("ranks a heading first, then sentences in the plan's order", () => {
    const hits = index.searchSentences("高铁新城");
    expect(hits.map((hit) => hit.text)).toEqual([
      "加快推动高铁新城建设。",
      "在完成相关规划基础上,按照“站城一体”模式全面启动高铁新城核心区块建设,制定一批配套优惠政策,全面提升城市设计、建设、运营水平。",
    ]);
    const [first] = hits;
    expect(first && textOf(first.blockId, first.matches[0]?.start ?? 0, first.matches[0]?.end ?? 0)).toBe(
      "高铁新城",
    );
  });

  it("matches Latin letters in either case and a full-width comma against the plan's ASCII one", () => {
    expect(index.searchSentences("g60科创走廊核心区，加快")).toHaveLength(1);
  });

  it("puts headings first and honours the limit", () => {
    const hits = index.searchSentences("嘉兴", 2);
    expect(hits.map((hit) => hit.blockId)).toEqual(["b0", "b19"]);
  });

  it("puts a sentence with more hits before one with fewer", () => {
    const text = "甲乙。甲甲。";
    const block: PlanBlock = {
      id: "b0",
      kind: "paragraph",
      level: 0,
      text,
      sentences: [
        { id: "b0-s0", start: 0, end: 3 },
        { id: "b0-s1", start: 3, end: 6 },
      ],
      paragraph: 0,
      offset: 0,
    };
    const hits = createPlanIndex([block], [], []).searchSentences("甲");
    expect(hits.map((hit) => [hit.sentenceId, hit.matches])).toEqual([
      [
        "b0-s1",
        [
          { start: 3, end: 4 },
          { start: 4, end: 5 },
        ],
      ],
      ["b0-s0", [{ start: 0, end: 1 }]],
    ]);
  });

  it("returns nothing for an empty query or words the plan lacks", () => {
    expect(index.searchSentences("  ")).toEqual([]);
    expect(index.searchSentences("磁悬浮")).toEqual([]);
  });
});

describe("createPlanIndex on a small plan", () => {
  const small: PlanBlock[] = [
    {
      id: "b0",
      kind: "paragraph",
      level: 0,
      text: "建设甲港、乙港和丙港。",
      sentences: [{ id: "b0-s0", start: 0, end: 11 }],
      paragraph: 0,
      offset: 0,
    },
  ];
  const entry = (id: string, words: string): NotMappedEntry => ({
    id,
    words,
    reason: "no-location",
    reason_zh: "无",
    reason_en: "none",
    section: "x",
  });

  it("marks an unmapped item once even when another one overlaps it, and reports a quote the plan lacks", () => {
    const built = createPlanIndex(
      small,
      [
        { properties: { id: "p", layer: "waterway", source_quote: "丙港" } },
        { properties: { id: "q", layer: "waterway", source_quote: "丁港" } },
      ],
      [entry("a", "甲港、乙港"), entry("b", "乙港"), entry("c", "戊港")],
    );
    expect(built.marksFor("b0").map((mark) => [mark.kind, mark.start, mark.end])).toEqual([
      ["not-mapped", 2, 7],
      ["mapped", 8, 10],
    ]);
    expect(built.unplaced).toEqual({ projectIds: ["q"], entryIds: ["c"] });
    expect(built.marksFor("b9")).toEqual([]);
  });
});
