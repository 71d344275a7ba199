import { describe, expect, it } from "vitest";
import { validateNotMapped } from "./not-mapped-schema";
import { formatProblem } from "./problem";

const plan =
  "推进海河联运主通道建设,加快内河港池、万吨级码头和进港支线航道建设。打好海河联运枢纽建设攻坚战。码头码头。";
const entry = {
  id: "inland-harbour-basins",
  words: "内河港池",
  reason: "no-location",
  reason_zh: "计划未给出港池位置。",
  reason_en: "The plan does not say where the harbour basins are.",
  section: "打好海河联运枢纽建设攻坚战",
};
const check = (entries: unknown[], planText?: string) =>
  validateNotMapped(JSON.stringify(entries), planText).problems.map(formatProblem);

describe("validateNotMapped", () => {
  it("accepts an entry whose words occur once and whose reason is known", () => {
    expect(validateNotMapped(JSON.stringify([entry]), plan)).toEqual({ entries: [entry], problems: [] });
  });

  it("rejects an unknown reason", () => {
    expect(check([{ ...entry, reason: "unknown" }])).toEqual([
      'data/plan/not-mapped.json: inland-harbour-basins: reason: "unknown" is not one of no-location, not-spatial, programme, outside-scope',
    ]);
  });

  it("rejects words missing from the plan, or found more than once", () => {
    expect(check([{ ...entry, words: "内河港口" }], plan)).toEqual([
      'data/plan/not-mapped.json: inland-harbour-basins: words: "内河港口" is not found verbatim in the plan',
    ]);
    expect(check([{ ...entry, words: "码头" }], plan)).toEqual([
      'data/plan/not-mapped.json: inland-harbour-basins: words: "码头" occurs 3 times in the plan; add words until it occurs once',
    ]);
  });

  it("rejects a section part the plan does not have", () => {
    expect(check([{ ...entry, section: "枢纽嘉兴 · 打好海河联运枢纽建设攻坚战" }], plan)).toEqual([
      'data/plan/not-mapped.json: inland-harbour-basins: section: "枢纽嘉兴" not found verbatim in the plan',
    ]);
  });

  it("rejects a repeated id, a missing text and a file that is not a list", () => {
    expect(check([entry, { ...entry, reason_en: "" }])).toEqual([
      "data/plan/not-mapped.json: inland-harbour-basins: id: is used by another entry; ids must be unique",
      "data/plan/not-mapped.json: inland-harbour-basins: reason_en: must be a non-empty string",
    ]);
    expect(validateNotMapped("{}").problems.map(formatProblem)).toEqual([
      "data/plan/not-mapped.json: -: json: must be a list of entries",
    ]);
  });
});
