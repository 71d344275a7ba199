import { describe, expect, it } from "vitest";
import { COUNTY_SQUARE_KILOMETRES, square } from "../../tests/support/equator-counties";
import { measureArea } from "./measure-area";

describe("measuring a drawn area", () => {
  it("gives km² on the sphere", () => {
    // R² × Δλ × sin 0.1° = 6371.0088² × 0.00174533 × 0.00174533 = 123.6434 km².
    const result = measureArea({ type: "Polygon", coordinates: square(0, 0, 0.1, 0.1) });
    expect(result.ok && result.value).toBeCloseTo(COUNTY_SQUARE_KILOMETRES, 2);
  });

  it("refuses an outline that crosses itself rather than give an area for it", () => {
    const bowTie = {
      type: "Polygon",
      coordinates: [
        [
          [0, 0],
          [0.1, 0.1],
          [0.1, 0],
          [0, 0.1],
          [0, 0],
        ],
      ],
    };
    const result = measureArea(bowTie);
    expect(result.ok ? "accepted" : result.reason).toBe("self-intersecting");
  });
});
