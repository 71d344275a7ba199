import { area } from "@turf/turf";
import { describe, expect, it } from "vitest";
import { line, makeProject, point } from "../../tests/support/make-project";
import { catchmentPolygons } from "./catchment-polygons";

// A 1 km catchment of a point is a disc of π × 1² = 3.1416 km². The contour is interpolated on a grid
// of 0.2 km cells (N / 5), so it cuts each arc between samples a little short: within 1 % (0.03 km²).
const DISC_SQUARE_KILOMETRES = Math.PI;
const TOLERANCE_SQUARE_KILOMETRES = 0.03;
const squareKilometres = (feature: Parameters<typeof area>[0] | undefined) =>
  feature ? area(feature) / 1e6 : Number.NaN;

const station = makeProject(point(0, 0), { id: "station" });
// 0.1° of longitude on the equator = 6371.0088 km × 0.00174533 = 11.1195 km.
const railway = makeProject(line([0, 0], [0.1, 0]), { id: "railway" });
const highway = makeProject(line([0, 0.5], [0.1, 0.5]), { id: "highway", layer: "highway" });

describe("catchment polygons", () => {
  it("draws a point's catchment as a disc of radius N", () => {
    const result = catchmentPolygons([station], ["railway"], 1);
    if (!result.ok) throw new Error(result.message_en);
    const measured = squareKilometres(result.value.features[0]);
    expect(Math.abs(measured - DISC_SQUARE_KILOMETRES)).toBeLessThan(TOLERANCE_SQUARE_KILOMETRES);
  });

  it("draws a line's catchment as a 2N-wide strip with round ends", () => {
    // 2 km × 11.1195 km + two half discs (3.1416 km²) = 25.3806 km².
    const result = catchmentPolygons([railway], ["railway"], 1);
    if (!result.ok) throw new Error(result.message_en);
    const measured = squareKilometres(result.value.features[0]);
    expect(Math.abs(measured - 25.3806)).toBeLessThan(TOLERANCE_SQUARE_KILOMETRES);
  });

  it("merges the catchments of one layer into one shape, counting overlaps once", () => {
    // The station lies on the line's west end: its buffer adds nothing.
    const result = catchmentPolygons([railway, station], ["railway"], 1);
    if (!result.ok) throw new Error(result.message_en);
    expect(result.value.features).toHaveLength(1);
    const measured = squareKilometres(result.value.features[0]);
    expect(Math.abs(measured - 25.3806)).toBeLessThan(TOLERANCE_SQUARE_KILOMETRES);
  });

  it("draws only the chosen layers, one feature each, tagged with layer and distance", () => {
    const result = catchmentPolygons([railway, highway], ["highway", "waterway"], 2);
    if (!result.ok) throw new Error(result.message_en);
    expect(result.value.features.map((feature) => feature.properties)).toEqual([
      { layer: "highway", distanceKilometres: 2 },
    ]);
  });

  it("refuses a distance validateDistance refuses, with no shapes", () => {
    for (const distance of [0, -1, 500, "five"]) {
      const result = catchmentPolygons([railway], ["railway"], distance);
      expect(result.ok).toBe(false);
    }
  });
});

describe("catchment polygons inside a zone", () => {
  it("cover the zone itself and N beyond its edge", () => {
    // A 0.1° square zone (123.6434 km²) with a 1 km rim: + 4 × 11.1195 km × 1 km + π = 171.26 km².
    const zone = makeProject(
      {
        type: "Polygon",
        coordinates: [
          [
            [0, 0],
            [0.1, 0],
            [0.1, 0.1],
            [0, 0.1],
            [0, 0],
          ],
        ],
      },
      { id: "zone", layer: "waterway" },
    );
    const result = catchmentPolygons([zone], ["waterway"], 1);
    if (!result.ok) throw new Error(result.message_en);
    expect(Math.abs(squareKilometres(result.value.features[0]) - 171.26)).toBeLessThan(0.2);
  });
});
