import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import type { PlanBlock } from "../../data/plan-schema";
import type { Tour } from "../../data/tour-schema";
import { CAPTION_ELLIPSIS } from "../../data/validate-tour";
import { planTextOf } from "./presenter-plan-text";

const root = resolve(import.meta.dirname, "../../..");
const blocks = JSON.parse(readFileSync(resolve(root, "data/plan/plan.json"), "utf8")) as PlanBlock[];
const tour = JSON.parse(readFileSync(resolve(root, "data/tour.json"), "utf8")) as Tour;

describe("planTextOf", () => {
  it("finds every passage of the plan's own tour, as the app checks a loaded tour", () => {
    const text = planTextOf(blocks);
    for (const slide of tour.slides) {
      for (const passage of slide.caption_zh.split(CAPTION_ELLIPSIS)) expect(text).toContain(passage);
    }
  });

  it("keeps blocks that do not run on apart, so no caption can join them", () => {
    const text = planTextOf([
      { id: "a", kind: "paragraph", level: 0, text: "甲。", sentences: [], paragraph: 0, offset: 0 },
      { id: "b", kind: "paragraph", level: 0, text: "乙。", sentences: [], paragraph: 1, offset: 5 },
    ]);
    expect(text).toBe("甲。\n乙。");
  });
});
