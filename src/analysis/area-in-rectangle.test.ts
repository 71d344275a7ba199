import { describe, expect, it } from "vitest";
import { COUNTY_SQUARE_KILOMETRES, square } from "../../tests/support/equator-counties";
import { areaInRectangle } from "./area-in-rectangle";

describe("the area of a polygon inside a rectangle", () => {
  it("is the overlap measured on the sphere", () => {
    // The 0.1° square from (0, 0) meets the rectangle from (0.05, 0.05) in 0.05° × 0.05°:
    // R² × Δλ × (sin 0.1° − sin 0.05°) = 6371.0088² × 0.00087266 × 0.00087265 = 30.9108 km².
    const area = areaInRectangle([square(0, 0, 0.1, 0.1)], {
      west: 0.05,
      south: 0.05,
      east: 0.2,
      north: 0.2,
    });
    expect(area).toBeCloseTo(30.9108, 3);
  });

  it("takes out the holes", () => {
    // 123.6434 km² less a 0.02° × 0.02° hole at (0.04, 0.04): R² × 0.00034907 × 0.00034907 = 4.9458 km²,
    // leaving 118.6977 km²; the rectangle holds the whole square.
    const withHole = [...square(0, 0, 0.1, 0.1), ...square(0.04, 0.04, 0.06, 0.06)];
    const area = areaInRectangle([withHole], { west: -1, south: -1, east: 1, north: 1 });
    expect(area).toBeCloseTo(118.6977, 3);
    expect(COUNTY_SQUARE_KILOMETRES - area).toBeCloseTo(4.9458, 3);
  });
});
