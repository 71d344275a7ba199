import { describe, expect, it } from "vitest";
import type { PlanBlock } from "../../data/plan-schema";
import { resolvePlanTarget } from "./plan-target";

const blocks: PlanBlock[] = [
  {
    id: "b0",
    kind: "paragraph",
    level: 0,
    text: "一句。二句。",
    sentences: [
      { id: "b0-s0", start: 0, end: 3 },
      { id: "b0-s1", start: 3, end: 6 },
    ],
    paragraph: 0,
    offset: 0,
  },
];
const index = {
  findQuote: (id: string) => (id === "known" ? { blockId: "b0", start: 3, end: 5 } : undefined),
};

describe("resolvePlanTarget", () => {
  it("lands on a project's quote", () => {
    expect(resolvePlanTarget({ kind: "project", projectId: "known" }, blocks, index)).toEqual({
      status: "found",
      blockId: "b0",
      start: 3,
      end: 5,
      projectId: "known",
    });
  });

  it("says so for a project the plan index does not know, and waits while the projects load", () => {
    expect(resolvePlanTarget({ kind: "project", projectId: "unknown" }, blocks, index)).toEqual({
      status: "unknown",
      projectId: "unknown",
    });
    expect(resolvePlanTarget({ kind: "project", projectId: "known" }, blocks, null)).toEqual({
      status: "pending",
    });
  });

  it("lands on a sentence, and nowhere for a sentence the plan lacks", () => {
    const target = { kind: "sentence", blockId: "b0", sentenceId: "b0-s1" } as const;
    expect(resolvePlanTarget(target, blocks, null)).toMatchObject({ status: "found", start: 3, end: 6 });
    expect(resolvePlanTarget({ ...target, sentenceId: "b0-s9" }, blocks, null)).toEqual({ status: "none" });
    expect(resolvePlanTarget(null, blocks, index)).toEqual({ status: "none" });
  });
});
