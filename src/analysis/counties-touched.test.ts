import type { Geometry } from "geojson";
import { describe, expect, it } from "vitest";
import { fixtureCounties } from "../../tests/support/fixtures";
import { countiesTouched } from "./counties-touched";

// Fixture counties: 330402 is 120.7–120.8°E, 330411 is 120.8–120.9°E, both 30.7–30.8°N.
// 0.005° of latitude ≈ 0.56 km, 0.02° ≈ 2.2 km.
function touched(geometry: Geometry): string[] {
  return countiesTouched(geometry, fixtureCounties);
}

describe("countiesTouched", () => {
  it("lists, sorted, every county a line crosses", () => {
    expect(
      touched({
        type: "LineString",
        coordinates: [
          [120.85, 30.75],
          [120.75, 30.75],
        ],
      }),
    ).toEqual(["330402", "330411"]);
  });

  it("lists the county a point lies in", () => {
    expect(touched({ type: "Point", coordinates: [120.85, 30.75] })).toEqual(["330411"]);
  });

  it("counts a point within 1 km off the shore for the nearest county", () => {
    expect(touched({ type: "Point", coordinates: [120.75, 30.695] })).toEqual(["330402"]);
  });

  it("leaves out a point more than 1 km from every county", () => {
    expect(touched({ type: "Point", coordinates: [120.75, 30.68] })).toEqual([]);
  });

  it("counts a line end just off the shore of another county", () => {
    const pier = {
      type: "LineString",
      coordinates: [
        [120.79, 30.75],
        [120.85, 30.695],
      ],
    } as Geometry;
    expect(touched(pier)).toEqual(["330402", "330411"]);
  });

  it("counts a polygon lying wholly in the sea within 1 km of a county", () => {
    const ring = [
      [120.84, 30.693],
      [120.86, 30.693],
      [120.86, 30.697],
      [120.84, 30.697],
      [120.84, 30.693],
    ];
    expect(touched({ type: "Polygon", coordinates: [ring] })).toEqual(["330411"]);
  });

  it("reads every member of a GeometryCollection", () => {
    const geometry: Geometry = {
      type: "GeometryCollection",
      geometries: [
        { type: "Point", coordinates: [120.75, 30.75] },
        { type: "Point", coordinates: [120.85, 30.75] },
      ],
    };
    expect(touched(geometry)).toEqual(["330402", "330411"]);
  });
});

describe("countiesTouched for zones", () => {
  it("does not count a county a zone only shares a border with", () => {
    // The whole of 330402, whose east edge is 330411's west edge.
    const zone: Geometry = {
      type: "Polygon",
      coordinates: [
        [
          [120.7, 30.7],
          [120.8, 30.7],
          [120.8, 30.8],
          [120.7, 30.8],
          [120.7, 30.7],
        ],
      ],
    };
    expect(touched(zone)).toEqual(["330402"]);
  });

  it("counts every county a zone overlaps by area", () => {
    const zone: Geometry = {
      type: "Polygon",
      coordinates: [
        [
          [120.75, 30.72],
          [120.85, 30.72],
          [120.85, 30.78],
          [120.75, 30.78],
          [120.75, 30.72],
        ],
      ],
    };
    expect(touched(zone)).toEqual(["330402", "330411"]);
  });
});
