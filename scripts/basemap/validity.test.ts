import type { FeatureCollection } from "geojson";
import { describe, expect, it } from "vitest";
import { invalidAreas } from "./validity";

function collection(ring: number[][]): FeatureCollection {
  return {
    type: "FeatureCollection",
    features: [
      { type: "Feature", id: "x", properties: {}, geometry: { type: "Polygon", coordinates: [ring] } },
    ],
  };
}

describe("invalidAreas", () => {
  it("accepts a simple square", () => {
    expect(
      invalidAreas(
        collection([
          [0, 0],
          [1, 0],
          [1, 1],
          [0, 1],
          [0, 0],
        ]),
      ),
    ).toEqual([]);
  });

  it("reports a self-crossing bow tie", () => {
    const bowTie = [
      [0, 0],
      [1, 1],
      [1, 0],
      [0, 1],
      [0, 0],
    ];
    expect(invalidAreas(collection(bowTie)).length).toBeGreaterThan(0);
  });
});
