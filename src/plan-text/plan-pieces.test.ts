import { describe, expect, it } from "vitest";
import type { PlanMark } from "./plan-marks";
import { planPieces } from "./plan-pieces";

const mapped = (start: number, end: number): PlanMark => ({
  start,
  end,
  kind: "mapped",
  quote: "q",
  projectIds: ["p"],
  layers: ["railway"],
  notMappedIds: [],
});

describe("planPieces", () => {
  it("tiles the text with plain runs and marks", () => {
    const pieces = planPieces(10, [mapped(2, 4), mapped(4, 6)], null);
    expect(pieces.map(({ start, end, mark }) => [start, end, mark !== null])).toEqual([
      [0, 2, false],
      [2, 4, true],
      [4, 6, true],
      [6, 10, false],
    ]);
    expect(pieces.every((piece) => piece.parts.every((part) => !part.target))).toBe(true);
  });

  it("cuts the target out of the pieces it crosses, keeping each mark one piece", () => {
    const pieces = planPieces(10, [mapped(2, 6)], { start: 4, end: 8 });
    expect(pieces.map((piece) => piece.parts)).toEqual([
      [{ start: 0, end: 2, target: false }],
      [
        { start: 2, end: 4, target: false },
        { start: 4, end: 6, target: true },
      ],
      [
        { start: 6, end: 8, target: true },
        { start: 8, end: 10, target: false },
      ],
    ]);
  });

  it("gives a block without marks one piece", () => {
    expect(planPieces(5, [], { start: 0, end: 5 })).toEqual([
      { start: 0, end: 5, mark: null, parts: [{ start: 0, end: 5, target: true }] },
    ]);
  });
});
