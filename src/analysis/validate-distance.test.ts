import { describe, expect, it } from "vitest";
import { MAX_DISTANCE_KILOMETRES, validateDistance } from "./validate-distance";

describe("checking a distance N", () => {
  it("accepts a positive number of kilometres up to the maximum", () => {
    expect(validateDistance(0.1)).toEqual({ ok: true, value: 0.1 });
    expect(validateDistance(MAX_DISTANCE_KILOMETRES)).toEqual({ ok: true, value: 50 });
  });

  it("reads a number typed into a text box", () => {
    expect(validateDistance(" 5 ")).toEqual({ ok: true, value: 5 });
  });

  it.each([
    ["zero", 0, "not-positive"],
    ["negative", -3, "not-positive"],
    ["NaN", Number.NaN, "not-a-number"],
    ["empty text", "", "not-a-number"],
    ["words", "five", "not-a-number"],
    ["missing", undefined, "not-a-number"],
    ["under 100 m", 0.05, "too-small"],
    ["just over the maximum", 50.01, "too-large"],
    ["infinite", Number.POSITIVE_INFINITY, "too-large"],
  ])("refuses %s with a reason and messages in both languages", (_name, input, reason) => {
    const result = validateDistance(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toBe(reason);
    expect(result.message_en.length).toBeGreaterThan(0);
    expect(result.message_zh.length).toBeGreaterThan(0);
  });
});
