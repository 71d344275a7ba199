import { describe, expect, it } from "vitest";
import { measureDistance } from "./measure-distance";

describe("measuring a drawn path", () => {
  it("adds up the legs in kilometres", () => {
    // (0,0) → (0.1,0) → (0.1,0.1): two legs of 0.1° = 2 × 11.1195 = 22.2390 km.
    const path = {
      type: "LineString",
      coordinates: [
        [0, 0],
        [0.1, 0],
        [0.1, 0.1],
      ],
    };
    const result = measureDistance(path);
    expect(result.ok && result.value).toBeCloseTo(22.239, 2);
  });

  it("refuses a path of one point clicked twice", () => {
    const result = measureDistance({
      type: "LineString",
      coordinates: [
        [0, 0],
        [0, 0],
      ],
    });
    expect(result.ok ? "accepted" : result.reason).toBe("degenerate");
  });

  it("refuses a path with a coordinate that is not a number", () => {
    const result = measureDistance({
      type: "LineString",
      coordinates: [
        [0, 0],
        [Number.NaN, 1],
      ],
    });
    expect(result.ok ? "accepted" : result.reason).toBe("invalid-coordinates");
  });
});
