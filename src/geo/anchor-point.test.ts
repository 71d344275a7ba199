import { describe, expect, it } from "vitest";
import { anchorPoint } from "./anchor-point";

describe("a point to hang a tooltip on", () => {
  it("is the point itself, a line's middle vertex, or a zone's centre", () => {
    expect(anchorPoint({ type: "Point", coordinates: [120.7, 30.7] })).toEqual([120.7, 30.7]);
    const bend = {
      type: "LineString" as const,
      coordinates: [
        [120, 30],
        [121, 31],
        [122, 30],
      ],
    };
    // The extent's centre (121, 30.5) is off this bent line; the middle vertex lies on it.
    expect(anchorPoint(bend)).toEqual([121, 31]);
    const square = {
      type: "Polygon" as const,
      coordinates: [
        [
          [0, 0],
          [2, 0],
          [2, 2],
          [0, 2],
          [0, 0],
        ],
      ],
    };
    expect(anchorPoint(square)).toEqual([1, 1]);
  });
});
