import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { BATTLES, parsePlan } from "../src/data/plan-schema";
import { PLAN_JSON_PATH, SHIPPED_PLAN_PATH } from "./plan-paths";
import { buildPlanBlocks, formatPlanJson, splitSentences } from "./plan-structure";
import { DEFAULT_PLAN, defaultProjectFiles } from "./project-files";

const shipped = readFileSync(SHIPPED_PLAN_PATH, "utf8");
const blocks = buildPlanBlocks(shipped);

describe("the shipped plan", () => {
  it("is byte for byte the shared source text", () => {
    expect(readFileSync(SHIPPED_PLAN_PATH).equals(readFileSync(DEFAULT_PLAN))).toBe(true);
  });

  it("has a committed plan.json equal to a fresh build", () => {
    expect(readFileSync(PLAN_JSON_PATH, "utf8")).toBe(formatPlanJson(blocks));
  });

  it("has a plan.json the app's own check accepts", () => {
    expect(parsePlan(JSON.parse(readFileSync(PLAN_JSON_PATH, "utf8"))).ok).toBe(true);
  });
});

describe("buildPlanBlocks", () => {
  it("puts every character in exactly one block, in order, leaving out only the whitespace between paragraphs", () => {
    let position = 0;
    for (const block of blocks) {
      const gap = shipped.slice(position, block.offset);
      expect(gap).toMatch(/^\s*$/);
      // Blocks of one paragraph follow one another with nothing between them.
      if (!gap.includes("\n")) expect(gap).toBe("");
      expect(shipped.slice(block.offset, block.offset + block.text.length)).toBe(block.text);
      position = block.offset + block.text.length;
    }
    expect(shipped.slice(position)).toMatch(/^\s*$/);
    const withoutParagraphBreaks = shipped.trim().replace(/\s*\n\s*/g, "");
    expect(blocks.map((block) => block.text).join("")).toBe(withoutParagraphBreaks);
  });

  it("splits every block into sentences that tile it", () => {
    for (const block of blocks) {
      expect(block.sentences.map(({ start, end }) => block.text.slice(start, end)).join("")).toBe(block.text);
    }
  });

  it("heads each battle's paragraph with its battle sentence, in the plan's order", () => {
    const battleHeadings = blocks.filter((block) => block.kind === "heading" && block.level === 2);
    expect(battleHeadings.map((block) => block.battle)).toEqual([...BATTLES]);
    expect(battleHeadings[0]?.text).toBe("围绕打造长三角核心区枢纽型中心城市,聚力打好“枢纽嘉兴”建设大会战。");
  });

  it("finds the hub's four sub-headings inside its one paragraph, and no clause after a semicolon", () => {
    const hub = blocks.filter((block) => block.battle === "枢纽嘉兴" && block.level === 3);
    expect(hub.filter((block) => block.kind === "heading").map((block) => block.text)).toEqual([
      "打好铁路枢纽建设攻坚战。",
      "打好航空枢纽建设攻坚战。",
      "打好海河联运枢纽建设攻坚战。",
      "打好公路枢纽建设攻坚战。",
    ]);
    expect(new Set(hub.map((block) => block.paragraph)).size).toBe(1);
  });

  it("has a heading block for the sub-heading of every project's source_section", () => {
    const headings = new Set(
      blocks.filter((block) => block.kind === "heading").map((block) => block.text.replace(/。$/, "")),
    );
    const sections = defaultProjectFiles().flatMap((file) =>
      (
        JSON.parse(readFileSync(file, "utf8")) as { features: { properties: { source_section: string } }[] }
      ).features.map((feature) => feature.properties.source_section.split(" · ")[1]),
    );
    expect(sections.length).toBeGreaterThan(0);
    expect(sections.filter((section) => !headings.has(section as string))).toEqual([]);
  });

  it("makes the first line the title", () => {
    expect(blocks[0]).toMatchObject({
      kind: "heading",
      level: 1,
      text: "嘉兴市人民政府关于下达2020年嘉兴市国民经济和社会发展计划的通知",
    });
  });

  it("cuts a paragraph into heading and prose by the rule, on a text of its own", () => {
    const text =
      "标题\n\n  聚力打好“创新嘉兴”建设大会战。导语,说明。打造创新大载体。启动A,推进B;确保C。\n\n  普通段落。\n";
    const built = buildPlanBlocks(text);
    expect(built.map((block) => [block.kind, block.level, block.text, block.battle])).toEqual([
      ["heading", 1, "标题", undefined],
      ["heading", 2, "聚力打好“创新嘉兴”建设大会战。", "创新嘉兴"],
      ["paragraph", 2, "导语,说明。", "创新嘉兴"],
      ["heading", 3, "打造创新大载体。", "创新嘉兴"],
      ["paragraph", 3, "启动A,推进B;确保C。", "创新嘉兴"],
      ["heading", 3, "普通段落。", undefined],
    ]);
  });
});

describe("splitSentences", () => {
  it("ends a sentence after 。；！？ (and their ASCII forms), keeping the mark and any closing quote", () => {
    const text = "甲,乙;丙。“丁！”戊？己";
    expect(splitSentences(text).map(({ start, end }) => text.slice(start, end))).toEqual([
      "甲,乙;",
      "丙。",
      "“丁！”",
      "戊？",
      "己",
    ]);
  });
});
