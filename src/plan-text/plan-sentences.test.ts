import { describe, expect, it } from "vitest";
import { findPlanSentences } from "./plan-sentences";

describe("findPlanSentences", () => {
  it("finds the plan's own words with the heading they stand under", async () => {
    const found = await findPlanSentences("杭海城际铁路");
    expect(found.length).toBeGreaterThan(0);
    const first = found[0];
    expect(first?.text).toContain("杭海城际铁路");
    expect(first?.heading).toBe("打好铁路枢纽建设攻坚战。");
    const hit = first?.matches[0];
    expect(hit && first?.text.slice(hit.start, hit.end)).toBe("杭海城际铁路");
    expect(first?.blockId).toMatch(/^b\d+$/);
    expect(first?.sentenceId).toMatch(new RegExp(`^${first?.blockId}-s\\d+$`));
  });

  it("lists a heading before the prose and keeps to the limit", async () => {
    const found = await findPlanSentences("枢纽", 3);
    expect(found).toHaveLength(3);
    expect(found[0]?.text).toBe(found[0]?.heading);
  });

  it("returns nothing for a blank query or words the plan does not have", async () => {
    expect(await findPlanSentences("   ")).toEqual([]);
    expect(await findPlanSentences("磁悬浮")).toEqual([]);
  });
});
