import { describe, expect, it } from "vitest";
import { preparePolygon } from "./prepared-polygon";
import { distanceToBoundaryKilometres } from "./shore-distance";

const square = preparePolygon([
  [
    [
      [120.7, 30.7],
      [120.8, 30.7],
      [120.8, 30.8],
      [120.7, 30.8],
      [120.7, 30.7],
    ],
  ],
]);

describe("distanceToBoundaryKilometres", () => {
  it("measures north–south distance at 111.195 km per degree", () => {
    expect(distanceToBoundaryKilometres(square, [120.75, 30.69])).toBeCloseTo(1.11195, 3);
  });

  it("shrinks east–west distance by the cosine of the latitude", () => {
    // 0.01° of longitude at 30.75°N: 111.195 × cos 30.75° ≈ 0.9556 km.
    expect(distanceToBoundaryKilometres(square, [120.81, 30.75])).toBeCloseTo(0.9556, 3);
  });

  it("measures from inside too, to the nearest edge", () => {
    expect(distanceToBoundaryKilometres(square, [120.75, 30.795])).toBeCloseTo(0.556, 3);
  });
});
