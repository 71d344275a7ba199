import type { Feature } from "geojson";
import { describe, expect, it } from "vitest";
import { chunkFeatures, morePositionsThan, positionCount } from "./feature-chunks";

const line = (positions: number): Feature => ({
  type: "Feature",
  properties: {},
  geometry: { type: "LineString", coordinates: Array.from({ length: positions }, (_, index) => [index, 0]) },
});

describe("chunkFeatures", () => {
  it("counts the positions of every kind of geometry", () => {
    expect(positionCount({ type: "Point", coordinates: [1, 2] })).toBe(1);
    expect(
      positionCount({
        type: "Polygon",
        coordinates: [
          [
            [0, 0],
            [1, 0],
            [1, 1],
            [0, 0],
          ],
        ],
      }),
    ).toBe(4);
    expect(
      positionCount({
        type: "GeometryCollection",
        geometries: [
          { type: "Point", coordinates: [1, 2] },
          {
            type: "MultiLineString",
            coordinates: [
              [
                [0, 0],
                [1, 1],
              ],
              [
                [2, 2],
                [3, 3],
                [4, 4],
              ],
            ],
          },
        ],
      }),
    ).toBe(6);
    expect(positionCount(null)).toBe(0);
  });

  it("keeps the order and puts no more than the limit in a chunk, a larger feature alone", () => {
    const features = [line(40), line(50), line(20), line(300), line(10)];
    const chunks = chunkFeatures(features, 100);
    expect(chunks.map((chunk) => chunk.map((feature) => positionCount(feature.geometry)))).toEqual([
      [40, 50],
      [20],
      [300],
      [10],
    ]);
    expect(chunks.flat()).toEqual(features);
    expect(chunkFeatures([], 100)).toEqual([]);
  });

  it("says whether features hold more positions than a limit, without reading past it", () => {
    expect(morePositionsThan([line(40), line(60)], 100)).toBe(false);
    expect(morePositionsThan([line(40), line(61)], 100)).toBe(true);
    expect(morePositionsThan([], 0)).toBe(false);
    // Past the limit the rest is not read: a feature that would throw if counted is never reached.
    const unreadable = {
      type: "Feature",
      properties: {},
      get geometry(): never {
        throw new Error("read past the limit");
      },
    } as unknown as Feature;
    expect(morePositionsThan([line(101), unreadable], 100)).toBe(true);
  });
});
