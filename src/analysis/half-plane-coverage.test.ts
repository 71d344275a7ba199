import { describe, expect, it } from "vitest";
import { halfPlaneCoverage } from "./half-plane-coverage";

// A 1 km × 1 km tile: half-width and half-height 0.5 km.
describe("the share of a tile on one side of a straight border", () => {
  it("is a half for a border through the centre, at any angle", () => {
    expect(halfPlaneCoverage(1, 0, 0.5, 0.5, 0)).toBeCloseTo(0.5, 10);
    expect(halfPlaneCoverage(Math.SQRT1_2, Math.SQRT1_2, 0.5, 0.5, 0)).toBeCloseTo(0.5, 10);
  });

  it("is the strip's width for a border parallel to a side", () => {
    // n = (1, 0), offset 0.3 km: kept x ≤ 0.3, a strip 0.8 km wide of the 1 km tile = 0.8.
    expect(halfPlaneCoverage(1, 0, 0.5, 0.5, 0.3)).toBeCloseTo(0.8, 10);
  });

  it("is the corner triangle for a diagonal border near a corner", () => {
    // n = (√½, √½): the far corner is at n·p = 0.7071; offset −0.6071 keeps a right triangle whose
    // legs are 0.1 × √2 = 0.14142 km: area 0.14142² / 2 = 0.01 km² of 1 km².
    expect(halfPlaneCoverage(Math.SQRT1_2, Math.SQRT1_2, 0.5, 0.5, -Math.SQRT2 / 2 + 0.1)).toBeCloseTo(
      0.01,
      10,
    );
  });

  it("is 0 or 1 once the border clears the tile", () => {
    expect(halfPlaneCoverage(0, 1, 0.5, 0.5, 0.6)).toBe(1);
    expect(halfPlaneCoverage(0, 1, 0.5, 0.5, -0.6)).toBe(0);
  });
});
