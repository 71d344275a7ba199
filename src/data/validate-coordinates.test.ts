import type { Geometry } from "geojson";
import { describe, expect, it } from "vitest";
import { checkCoordinates, REGION_TEXT } from "./validate-coordinates";

const ring = [
  [120.72, 30.72],
  [120.74, 30.72],
  [120.74, 30.74],
  [120.72, 30.74],
  [120.72, 30.72],
];
const hole = [
  [120.725, 30.725],
  [120.725, 30.735],
  [120.735, 30.735],
  [120.735, 30.725],
  [120.725, 30.725],
];

function messages(geometry: Geometry): string[] {
  return checkCoordinates(geometry).map((found) => found.message);
}

describe("checkCoordinates", () => {
  it("accepts positions in the region and a counterclockwise polygon with a clockwise hole", () => {
    expect(messages({ type: "Polygon", coordinates: [ring, hole] })).toEqual([]);
  });

  it("says latitude and longitude look swapped when swapping brings them into the region", () => {
    expect(messages({ type: "Point", coordinates: [30.75, 120.75] })[0]).toMatch(
      /^position \[30\.75, 120\.75\] lies outside the region .* latitude and longitude look swapped/,
    );
  });

  it("reports a position outside the region that swapping does not explain", () => {
    expect(messages({ type: "Point", coordinates: [116.4, 39.9] })[0]).toBe(
      `position [116.4, 39.9] lies outside the region the plan covers (${REGION_TEXT})`,
    );
  });

  it("reports a clockwise exterior ring", () => {
    expect(messages({ type: "Polygon", coordinates: [[...ring].reverse()] })).toEqual([
      "exterior ring is clockwise; by the right-hand rule (RFC 7946 §3.1.6) exterior rings run counterclockwise: reverse its positions",
    ]);
  });

  it("reports a counterclockwise hole, naming the polygon of a MultiPolygon", () => {
    const geometry: Geometry = { type: "MultiPolygon", coordinates: [[ring], [ring, [...hole].reverse()]] };
    expect(messages(geometry)[0]).toMatch(/^polygon 2, hole 1 is counterclockwise/);
  });

  it("reports a position of more than three numbers", () => {
    expect(messages({ type: "Point", coordinates: [120.75, 30.75, 0, 1] })).toEqual([
      "position [120.75, 30.75, 0, 1] has 4 numbers; at most 3 are allowed",
    ]);
  });

  it("reports, without blocking, a position with more than 5 decimals", () => {
    const findings = checkCoordinates({ type: "Point", coordinates: [120.123456, 30.75] });
    expect(findings).toEqual([
      {
        field: "geometry",
        message: "position [120.123456, 30.75] has more than 5 decimals (about 1 m); round it",
        blocking: false,
      },
    ]);
  });

  it("counts decimals as the file reads them: 5 pass, whole degrees pass, 6 and 0.0000001 do not", () => {
    const overstated = (coordinates: number[]) =>
      checkCoordinates({ type: "Point", coordinates }).some((found) => found.message.includes("decimals"));
    expect(overstated([120.12345, 30.75001])).toBe(false);
    expect(overstated([121, 30])).toBe(false);
    expect(overstated([120.75, 30.123451])).toBe(true);
    // String(120.0000001) is "120.0000001"; String(1e-7) is "1e-7": both have 7 decimals.
    expect(overstated([120.0000001, 30.75])).toBe(true);
    expect(overstated([1e-7, 30.75])).toBe(true);
    expect(overstated([1.5e-5, 30.75])).toBe(true);
  });
});
