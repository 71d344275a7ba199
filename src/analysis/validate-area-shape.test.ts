import { describe, expect, it } from "vitest";
import { square } from "../../tests/support/equator-counties";
import { validateAreaShape } from "./validate-area-shape";

const polygon = (ring: number[][]) => ({ type: "Polygon", coordinates: [ring] });

describe("checking a drawn area", () => {
  it("accepts a simple polygon, given as a geometry or a feature", () => {
    const geometry = { type: "Polygon", coordinates: square(0, 0, 0.1, 0.1) };
    expect(validateAreaShape(geometry).ok).toBe(true);
    expect(validateAreaShape({ type: "Feature", properties: {}, geometry }).ok).toBe(true);
  });

  it("closes an outline left open and drops a doubled vertex from a double click", () => {
    const result = validateAreaShape(
      polygon([
        [0, 0],
        [0.1, 0],
        [0.1, 0],
        [0.1, 0.1],
      ]),
    );
    expect(result.ok && result.value.geometry.coordinates).toEqual([
      [
        [0, 0],
        [0.1, 0],
        [0.1, 0.1],
        [0, 0],
      ],
    ]);
  });

  it.each([
    // A bow tie: the edges (0,0)→(0.1,0.1) and (0.1,0)→(0,0.1) cross at (0.05, 0.05).
    [
      "a bow tie",
      polygon([
        [0, 0],
        [0.1, 0.1],
        [0.1, 0],
        [0, 0.1],
        [0, 0],
      ]),
      "self-intersecting",
    ],
    [
      "two distinct corners",
      polygon([
        [0, 0],
        [0.1, 0],
        [0, 0],
        [0.1, 0],
      ]),
      "degenerate",
    ],
    // Three corners in a row enclose zero area.
    [
      "three corners in a row",
      polygon([
        [0, 0],
        [0.05, 0],
        [0.1, 0],
        [0, 0],
      ]),
      "degenerate",
    ],
    [
      "a coordinate that is not a number",
      polygon([
        [0, 0],
        [Number.NaN, 0],
        [0.1, 0.1],
        [0, 0],
      ]),
      "invalid-coordinates",
    ],
    [
      "a latitude beyond the pole",
      polygon([
        [0, 0],
        [0.1, 95],
        [0.1, 0.1],
        [0, 0],
      ]),
      "invalid-coordinates",
    ],
    [
      "a line",
      {
        type: "LineString",
        coordinates: [
          [0, 0],
          [1, 1],
        ],
      },
      "not-a-polygon",
    ],
    ["nothing", null, "not-a-polygon"],
  ])("refuses %s", (_name, input, reason) => {
    const result = validateAreaShape(input);
    expect(result.ok ? "accepted" : result.reason).toBe(reason);
  });
});
