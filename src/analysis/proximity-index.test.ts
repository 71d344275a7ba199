// The R-tree searches against a brute-force reading of every segment, on seeded random lines, points
// and polygons around Jiaxing and far north (where a degree of longitude is short): the index must
// find exactly the nearest within the limit, or stop at one within "enough".
import type { Feature, Geometry } from "geojson";
import { describe, expect, it } from "vitest";
import { square } from "../../tests/support/equator-counties";
import { cosineOfLatitude, type NearestOnSegment, nearestOnSegment } from "../geo/local-distance";
import { nearestBoundary } from "./boundary-distance";
import { preparePolygon } from "./prepared-polygon";
import { buildProximityIndex, nearestFeature } from "./proximity-index";

function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 4294967296;
    return state / 4294967296;
  };
}

const feature = (geometry: Geometry): Feature => ({ type: "Feature", properties: {}, geometry });

function features(centre: [number, number], count: number, seed: number): Feature[] {
  const next = random(seed);
  const at = () => [centre[0] + (next() - 0.5), centre[1] + (next() - 0.5)];
  return Array.from({ length: count }, (_, index) => {
    if (index % 3 === 0) return feature({ type: "Point", coordinates: at() });
    return feature({ type: "LineString", coordinates: [at(), at(), at()] });
  });
}

// The distance from (x, y) to one segment, read directly (km).
function segmentDistance(x: number, y: number, [x1, y1, x2, y2]: number[]): number {
  const into: NearestOnSegment = { distanceKilometres: Infinity, x: 0, y: 0 };
  const [a, b, c, d] = [x1, y1, x2, y2] as [number, number, number, number];
  return nearestOnSegment(x, y, a, b, c, d, cosineOfLatitude(y), into).distanceKilometres;
}

// Every segment (and point) of the features, read one by one.
function bruteForce(all: readonly Feature[], x: number, y: number): number {
  let best = Infinity;
  for (const { geometry } of all) {
    const lines =
      geometry.type === "Point"
        ? [[geometry.coordinates, geometry.coordinates]]
        : geometry.type === "LineString"
          ? [geometry.coordinates]
          : [];
    for (const line of lines)
      for (let index = 0; index + 1 < line.length; index++) {
        const [x1, y1] = line[index] as number[];
        const [x2, y2] = line[index + 1] as number[];
        best = Math.min(best, segmentDistance(x, y, [x1, y1, x2, y2] as number[]));
      }
  }
  return best;
}

describe("the proximity index", () => {
  for (const [name, centre] of [
    ["Jiaxing", [120.75, 30.75]],
    ["far north", [25, 69.5]],
  ] as const) {
    it(`finds exactly the nearest feature within the limit (${name})`, () => {
      const all = features(centre as [number, number], 60, 7);
      const index = buildProximityIndex(all);
      const next = random(11);
      for (let query = 0; query < 300; query++) {
        const x = centre[0] + (next() - 0.5) * 1.4;
        const y = centre[1] + (next() - 0.5) * 1.4;
        const expected = bruteForce(all, x, y);
        const found = nearestFeature(index, x, y, 0, 8, { distanceKilometres: 0, x: 0, y: 0 });
        if (expected <= 8) expect(found.distanceKilometres).toBeCloseTo(expected, 9);
        else expect(found.distanceKilometres).toBe(Infinity);
      }
    });
  }

  it("stops at a feature near enough, and counts the inside of a polygon as distance 0", () => {
    const zone = feature({
      type: "Polygon",
      coordinates: [square(120.7, 30.7, 120.8, 30.8)[0] as number[][]],
    });
    const line = feature({
      type: "LineString",
      coordinates: [
        [120.9, 30.6],
        [120.9, 30.9],
      ],
    });
    const index = buildProximityIndex([zone, line]);
    const into = { distanceKilometres: 0, x: 0, y: 0 };
    expect(nearestFeature(index, 120.75, 30.75, 0, 5, into).distanceKilometres).toBe(0);
    // 120.85 lies ≈ 4.8 km from both the zone's east edge and the line: with "enough" at 6 km any
    // one of them will do, and it is within 6 km.
    const near = nearestFeature(index, 120.85, 30.75, 6, 10, into).distanceKilometres;
    expect(near).toBeLessThanOrEqual(6);
    expect(nearestFeature(index, 121.5, 30.75, 0, 10, into).distanceKilometres).toBe(Infinity);
    expect(nearestFeature(buildProximityIndex([]), 120.75, 30.75, 0, 10, into).distanceKilometres).toBe(
      Infinity,
    );
  });

  it("measures the distance to a county's border as reading every edge would", () => {
    const county = preparePolygon([square(120.6, 30.6, 120.9, 30.9)]);
    const next = random(5);
    const into = { distanceKilometres: 0, x: 0, y: 0 };
    for (let query = 0; query < 200; query++) {
      const x = 120.5 + next() * 0.5;
      const y = 30.5 + next() * 0.5;
      // The nearest edge of an axis-aligned square, in the same local frame.
      const edges = [
        [120.6, 30.6, 120.9, 30.6],
        [120.9, 30.6, 120.9, 30.9],
        [120.9, 30.9, 120.6, 30.9],
        [120.6, 30.9, 120.6, 30.6],
      ];
      const expected = Math.min(...edges.map((edge) => segmentDistance(x, y, edge)));
      const found = nearestBoundary(county, x, y, 10, into).distanceKilometres;
      if (expected <= 10) expect(found).toBeCloseTo(expected, 9);
      else expect(found).toBe(Infinity);
    }
  });
});
