import { describe, expect, it } from "vitest";
import { bestMatches } from "./best-matches";

const byValue = (a: { value: number }, b: { value: number }) => a.value - b.value;

describe("the best matches", () => {
  const items = [5, 3, 9, 1, 3, 7, 1, 8].map((value, order) => ({ value, order }));

  it("equals sorting everything and keeping the first few, equal items in their order", () => {
    for (const limit of [0, 1, 3, 5, 8, 20, Infinity]) {
      const expected = [...items].sort(byValue).slice(0, limit);
      expect(bestMatches(items, limit, byValue), String(limit)).toEqual(expected);
    }
  });

  it("leaves the input alone", () => {
    const copy = [...items];
    bestMatches(items, 3, byValue);
    expect(items).toEqual(copy);
  });
});
