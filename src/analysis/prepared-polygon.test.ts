import { describe, expect, it } from "vitest";
import { square } from "../../tests/support/equator-counties";
import { containsPoint, preparePolygon, segmentCrossings } from "./prepared-polygon";

describe("a prepared polygon", () => {
  // A 1° square with a 0.5° hole in its middle.
  const withHole = preparePolygon([[...square(0, 0, 1, 1), ...square(0.25, 0.25, 0.75, 0.75)]]);

  it("finds a point between the outline and the hole inside", () => {
    expect(containsPoint(withHole, 0.1, 0.5)).toBe(true);
  });

  it("leaves a point in the hole, or beyond the outline, outside", () => {
    expect(containsPoint(withHole, 0.5, 0.5)).toBe(false);
    expect(containsPoint(withHole, 1.5, 0.5)).toBe(false);
  });

  it("puts a point on an edge shared by two neighbours in exactly one of them", () => {
    const west = preparePolygon([square(0, 0, 0.1, 0.1)]);
    const east = preparePolygon([square(0.1, 0, 0.2, 0.1)]);
    const inWest = containsPoint(west, 0.1, 0.05);
    const inEast = containsPoint(east, 0.1, 0.05);
    expect(inWest !== inEast).toBe(true);
  });

  it("reports where a segment crosses the outline, as a fraction of the segment", () => {
    // From x = −0.5 to x = 0.5 the outline x = 0 is crossed halfway; the hole is not reached.
    const crossings = segmentCrossings(withHole, [-0.5, 0.1], [0.5, 0.1]);
    expect(crossings).toEqual([0.5]);
  });
});
