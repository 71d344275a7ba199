import type { Geometry } from "geojson";
import { describe, expect, it } from "vitest";
import { fixtureOutline } from "../../tests/support/fixtures";
import { beyondCity } from "./beyond-city";

// Fixture city: 120.7–120.9°E, 30.7–30.8°N. 0.005° of latitude ≈ 0.56 km, 0.02° ≈ 2.2 km.
function beyond(geometry: Geometry): boolean {
  return beyondCity(geometry, fixtureOutline);
}

describe("beyondCity", () => {
  it("is false for a geometry inside the city", () => {
    expect(
      beyond({
        type: "LineString",
        coordinates: [
          [120.75, 30.75],
          [120.85, 30.75],
        ],
      }),
    ).toBe(false);
  });

  it("is false for a point less than 1 km outside, within the shore tolerance", () => {
    expect(beyond({ type: "Point", coordinates: [120.75, 30.695] })).toBe(false);
  });

  it("is true for a line running more than 1 km beyond the city", () => {
    expect(
      beyond({
        type: "LineString",
        coordinates: [
          [120.85, 30.75],
          [121.2, 30.9],
        ],
      }),
    ).toBe(true);
  });

  it("is true for a segment that leaves the city between two vertices inside it", () => {
    // A U-shaped city: both vertices lie in its arms, and the segment between them crosses the open
    // notch between 120.75 and 120.85°E, about 4.8 km from either wall.
    const outline = {
      type: "Feature" as const,
      properties: {},
      geometry: {
        type: "Polygon" as const,
        coordinates: [
          [
            [120.7, 30.7],
            [120.9, 30.7],
            [120.9, 30.8],
            [120.85, 30.8],
            [120.85, 30.72],
            [120.75, 30.72],
            [120.75, 30.8],
            [120.7, 30.8],
            [120.7, 30.7],
          ],
        ],
      },
    };
    const crossing: Geometry = {
      type: "LineString",
      coordinates: [
        [120.72, 30.79],
        [120.88, 30.79],
      ],
    };
    expect(beyondCity(crossing, outline)).toBe(true);
  });

  it("is true when a polygon's ring reaches beyond the city", () => {
    const ring = [
      [120.85, 30.75],
      [120.95, 30.75],
      [120.95, 30.78],
      [120.85, 30.78],
      [120.85, 30.75],
    ];
    expect(beyond({ type: "Polygon", coordinates: [ring] })).toBe(true);
  });
});
