import { describe, expect, it } from "vitest";
import { EAST, EQUATOR_COUNTIES, WEST } from "../../tests/support/equator-counties";
import { line, makeProject, point } from "../../tests/support/make-project";
import { landShareWithinDistance } from "./land-share-within-distance";

describe("land share within a distance", () => {
  it("is the buffered strip's share of each county a line crosses", () => {
    // A line through both counties and beyond, buffered 1 km: a strip 2 km wide across each 11.1195 km
    // wide county, so 2 × 11.1195 / 11.1195² = 2 / 11.1195 = 0.17986 (the round ends lie outside).
    const rail = makeProject(line([-0.05, 0.05], [0.25, 0.05]), { id: "rail" });
    const result = landShareWithinDistance([rail], EQUATOR_COUNTIES, 1);
    if (!result.ok) throw new Error(result.message_en);
    expect(result.value[WEST]?.share).toBeCloseTo(0.17986, 4);
    expect(result.value[EAST]?.share).toBeCloseTo(0.17986, 4);
  });

  it("counts land near two overlapping buffers once", () => {
    // Two parallel lines 0.5 km apart (0.5 / 111.19508 = 0.0044966°), buffered 1 km: one strip
    // 1 + 0.5 + 1 = 2.5 km wide, share 2.5 / 11.1195 = 0.22483 (not 2 × 0.17986).
    const near = makeProject(line([-0.05, 0.05], [0.25, 0.05]), { id: "near" });
    const far = makeProject(line([-0.05, 0.0544966], [0.25, 0.0544966]), { id: "far" });
    const result = landShareWithinDistance([near, far], EQUATOR_COUNTIES, 1);
    if (!result.ok) throw new Error(result.message_en);
    expect(result.value[WEST]?.share).toBeCloseTo(0.22483, 4);
  });

  it("measures a point's round buffer to within 0.5% of a true circle", () => {
    // π × 1² / 123.6434 = 0.025408.
    const station = makeProject(point(0.05, 0.05), { id: "station" });
    const result = landShareWithinDistance([station], EQUATOR_COUNTIES, 1);
    if (!result.ok) throw new Error(result.message_en);
    expect(Math.abs((result.value[WEST]?.share ?? 0) / 0.025408 - 1)).toBeLessThan(0.005);
    expect(result.value[EAST]?.share).toBe(0);
  });

  it("gives every county a share of 0 when there are no features", () => {
    const result = landShareWithinDistance([], EQUATOR_COUNTIES, 5);
    expect(result.ok && result.value[WEST]?.share).toBe(0);
  });

  it("counts the whole county once the buffer covers it", () => {
    // At 50 km every point of either 11 km square is within reach of the line: share 1.
    const rail = makeProject(line([-0.05, 0.05], [0.25, 0.05]), { id: "rail" });
    const result = landShareWithinDistance([rail], EQUATOR_COUNTIES, 50);
    expect(result.ok && result.value[EAST]?.share).toBeCloseTo(1, 10);
  });

  it("refuses a distance that is not usable instead of measuring with it", () => {
    const rail = makeProject(line([-0.05, 0.05], [0.25, 0.05]), { id: "rail" });
    for (const distance of [0, -1, Number.NaN, 500]) {
      expect(landShareWithinDistance([rail], EQUATOR_COUNTIES, distance).ok).toBe(false);
    }
  });
});
