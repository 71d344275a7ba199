import { describe, expect, it } from "vitest";
import { fixturePlan } from "../../tests/support/fixtures";
import { checkSourceSection } from "./validate-source-section";

function messages(section: string, plan?: string): string[] {
  return checkSourceSection(section, plan).map((found) => found.message);
}

describe("checkSourceSection", () => {
  it("accepts a battle and sub-heading that both occur in the plan", () => {
    expect(messages("枢纽嘉兴 · 打好铁路枢纽建设攻坚战", fixturePlan)).toEqual([]);
  });

  it("requires the <battle> · <sub-heading> shape", () => {
    expect(messages("一、枢纽嘉兴")[0]).toMatch(/^"一、枢纽嘉兴" must read "<battle> · <sub-heading>"/);
  });

  it("names the part the plan does not contain", () => {
    expect(messages("枢纽嘉兴 · 打好港口建设攻坚战", fixturePlan)).toEqual([
      '"打好港口建设攻坚战" not found verbatim in the plan',
    ]);
  });

  it("asks to leave out the sub-heading's final 。", () => {
    expect(messages("枢纽嘉兴 · 打好铁路枢纽建设攻坚战。")).toEqual([
      '"枢纽嘉兴 · 打好铁路枢纽建设攻坚战。": leave out the sub-heading\'s final "。"',
    ]);
  });
});
