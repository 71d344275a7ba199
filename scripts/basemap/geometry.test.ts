import { booleanClockwise } from "@turf/turf";
import type { Polygon, Position } from "geojson";
import { describe, expect, it } from "vitest";
import { MAP_LIMITS } from "../../src/geo/camera";
import { COVERAGE_BBOX, clip, finishArea, roundRing } from "./geometry";

// A square of `size` degrees with its south-west corner at (west, south), wound clockwise.
function clockwiseSquare(west: number, south: number, size: number): Polygon {
  const ring: Position[] = [
    [west, south],
    [west, south + size],
    [west + size, south + size],
    [west + size, south],
    [west, south],
  ];
  return { type: "Polygon", coordinates: [ring] };
}

describe("roundRing", () => {
  it("rounds to 5 decimals and drops vertices that become repeats", () => {
    const ring = [
      [120.000001, 30.000001],
      [120.000002, 30.000002],
      [120.1, 30],
      [120.1, 30.1],
      [120, 30],
    ];
    expect(roundRing(ring)).toEqual([
      [120, 30],
      [120.1, 30],
      [120.1, 30.1],
      [120, 30],
    ]);
  });

  it("returns null for a ring that collapses below three distinct vertices", () => {
    expect(
      roundRing([
        [120, 30],
        [120.000001, 30],
        [120.1, 30],
        [120, 30],
      ]),
    ).toBeNull();
  });
});

describe("finishArea", () => {
  it("winds exterior rings counter-clockwise (RFC 7946 right-hand rule)", () => {
    const finished = finishArea(clockwiseSquare(120, 30, 0.1), 0) as Polygon;
    expect(booleanClockwise(finished.coordinates[0] as Position[])).toBe(false);
  });

  it("drops parts smaller than the minimum area", () => {
    // 0.001° squares are about 0.01 km²; the 0.1° square is about 107 km².
    const geometry = {
      type: "MultiPolygon" as const,
      coordinates: [clockwiseSquare(120, 30, 0.1).coordinates, clockwiseSquare(121, 30, 0.001).coordinates],
    };
    expect(finishArea(geometry, 50_000)?.type).toBe("Polygon");
  });
});

describe("clip", () => {
  it("returns null when the geometry lies outside the mask", () => {
    expect(clip(clockwiseSquare(120, 30, 0.1), clockwiseSquare(121, 30, 0.1))).toBeNull();
  });

  it("keeps only the part inside the mask", () => {
    const clipped = clip(clockwiseSquare(120, 30, 0.2), clockwiseSquare(120.1, 30, 0.2));
    const longitudes = (clipped as Polygon).coordinates[0]?.map((position) => position[0] as number) ?? [];
    expect([Math.min(...longitudes), Math.max(...longitudes)]).toEqual([120.1, 120.2]);
  });
});

describe("COVERAGE_BBOX", () => {
  it("reaches beyond the camera's max bounds on every side", () => {
    const [west, south, east, north] = MAP_LIMITS.maxBounds;
    expect(COVERAGE_BBOX[0]).toBeLessThan(west);
    expect(COVERAGE_BBOX[1]).toBeLessThan(south);
    expect(COVERAGE_BBOX[2]).toBeGreaterThan(east);
    expect(COVERAGE_BBOX[3]).toBeGreaterThan(north);
  });
});
