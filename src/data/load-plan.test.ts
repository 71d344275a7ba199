import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readPlan } from "./load-plan";

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), "utf8");
const planText = read("data/plan/plan.json");
const notMappedText = read("data/plan/not-mapped.json");

describe("readPlan", () => {
  it("reads the shipped files without a problem", () => {
    const plan = readPlan(planText, notMappedText);
    expect(plan.problems).toEqual([]);
    expect(plan.blocks).toHaveLength(JSON.parse(planText).length);
    expect(plan.notMapped).toHaveLength(JSON.parse(notMappedText).length);
  });

  it("turns a broken plan file into a problem and no blocks, keeping the other file", () => {
    const plan = readPlan("{not json", notMappedText);
    expect(plan.blocks).toEqual([]);
    expect(plan.problems).toHaveLength(1);
    expect(plan.problems[0]).toMatch(/^plan\.json: /);
    expect(plan.notMapped.length).toBeGreaterThan(0);
  });

  it("names the block that does not fit the plan's shape", () => {
    const plan = readPlan(JSON.stringify([{ id: "b0", kind: "chapter" }]), "[]");
    expect(plan.problems).toEqual(["plan.json block 0: kind is not heading or paragraph"]);
  });

  it("keeps the good entries of a not-mapped list and reports the bad one", () => {
    const entries = JSON.parse(notMappedText) as { reason: string }[];
    const broken = [{ ...entries[0], reason: "forgotten" }, ...entries.slice(1)];
    const plan = readPlan(planText, JSON.stringify(broken));
    expect(plan.notMapped).toHaveLength(entries.length - 1);
    expect(plan.problems).toHaveLength(1);
    expect(plan.problems[0]).toContain("forgotten");
  });
});
