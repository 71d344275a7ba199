import { readFileSync } from "node:fs";
import { area, bbox, booleanClockwise } from "@turf/turf";
import type { FeatureCollection, Polygon } from "geojson";
import { describe, expect, it } from "vitest";
import { areaSquareMetres, boundsOf, isClockwise } from "./coordinates";

const counties = JSON.parse(readFileSync("data/basemap/counties.geojson", "utf8")) as FeatureCollection;
const platform = JSON.parse(readFileSync("data/projects/platform.geojson", "utf8")) as FeatureCollection;

describe("coordinates", () => {
  it("gives the same bounds as turf for the counties and for every project", () => {
    expect(boundsOf(counties)).toEqual(bbox(counties));
    for (const feature of platform.features) expect(boundsOf(feature)).toEqual(bbox(feature));
  });

  it("gives the same area as turf for each county, to a square metre", () => {
    for (const county of counties.features) {
      expect(areaSquareMetres(county.geometry)).toBeCloseTo(area(county), 0);
    }
  });

  it("subtracts a hole", () => {
    const ring = (size: number) => [
      [0, 0],
      [size, 0],
      [size, size],
      [0, size],
      [0, 0],
    ];
    const holed: Polygon = { type: "Polygon", coordinates: [ring(0.2), ring(0.1).reverse()] };
    expect(areaSquareMetres(holed)).toBeCloseTo(area(holed), 0);
  });

  it("agrees with turf on ring orientation both ways", () => {
    const ring = [
      [0, 0],
      [1, 0],
      [1, 1],
      [0, 1],
      [0, 0],
    ];
    expect(isClockwise(ring)).toBe(booleanClockwise(ring));
    expect(isClockwise([...ring].reverse())).toBe(booleanClockwise([...ring].reverse()));
  });
});
