import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { fixturePlan } from "../../tests/support/fixtures";
import { checkSourceQuote } from "./validate-source-quote";

function messages(quote: string, plan = fixturePlan): string[] {
  return checkSourceQuote(quote, plan).map((found) => found.message);
}

describe("checkSourceQuote", () => {
  it("accepts a sentence that occurs verbatim", () => {
    expect(messages("杭海城际铁路争取实现“轨通”“电通”。")).toEqual([]);
  });

  it("shows where a quote stops matching the plan", () => {
    expect(messages("杭海城际铁路年内建成通车。")).toEqual([
      'not found verbatim in the plan: the plan has "杭海城际铁路" but then differs at "年内建成通车。"',
    ]);
  });

  it("explains a quote that differs only in full-width punctuation", () => {
    expect(messages("加快打造“轨道上的嘉兴”，沪嘉城际轨道项目示范段")[0]).toMatch(
      /differs only in punctuation or spacing/,
    );
  });

  it("rejects more than one sentence even when it is in the plan", () => {
    expect(messages("打好铁路枢纽建设攻坚战。加快打造“轨道上的嘉兴”")).toEqual([
      'has "。" inside (after "打好铁路枢纽建设攻坚战。"); quote one sentence or less',
    ]);
  });

  const realPlan = fileURLToPath(new URL("../../../shared/source/jiaxing-2020-plan.zh.txt", import.meta.url));
  it.runIf(existsSync(realPlan))("accepts a real quote from the 2020 plan", () => {
    expect(messages("杭海城际铁路争取实现“轨通”“电通”。", readFileSync(realPlan, "utf8"))).toEqual([]);
  });
});
