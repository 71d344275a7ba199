// The committed list of items the map leaves out, against the plan it quotes.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { validateNotMapped } from "../src/data/not-mapped-schema";
import { formatProblem } from "../src/data/problem";
import { NOT_MAPPED_PATH, SHIPPED_PLAN_PATH } from "./plan-paths";
import { buildPlanBlocks } from "./plan-structure";

const planText = readFileSync(SHIPPED_PLAN_PATH, "utf8");
const { entries, problems } = validateNotMapped(readFileSync(NOT_MAPPED_PATH, "utf8"), planText);

describe("data/plan/not-mapped.json", () => {
  it("passes validation against the plan", () => {
    expect(problems.map(formatProblem)).toEqual([]);
    expect(entries.length).toBeGreaterThan(0);
  });

  it("names in each section the battle and the sub-heading the words stand under", () => {
    const blocks = buildPlanBlocks(planText);
    const misplaced = entries.filter((entry) => {
      const at = planText.indexOf(entry.words);
      const index = blocks.findIndex((block) => block.offset + block.text.length > at);
      const heading = blocks
        .slice(0, index + 1)
        .reverse()
        .find((block) => block.kind === "heading");
      const [part, subHeading] = entry.section.split(" · ");
      const battle = blocks[index]?.battle;
      if (battle !== undefined && part !== battle) return true;
      if (subHeading === undefined) return heading?.level !== 2;
      return heading?.text !== `${subHeading}。`;
    });
    expect(misplaced.map((entry) => entry.id)).toEqual([]);
  });
});
