import { describe, expect, it } from "vitest";
import { findDivision } from "./divisions";
import type { DivisionFeature } from "./sources";

function division(gb: string, fullName: string): DivisionFeature {
  return {
    type: "Feature",
    properties: { gb, full_name: fullName },
    geometry: { type: "Polygon", coordinates: [] },
  };
}

const NANHU = { adcode: "330402", name_zh: "南湖区", name_en: "Nanhu District" };

describe("findDivision", () => {
  it("finds a division by its adcode behind the 156 country prefix", () => {
    const found = findDivision([division("156330411", "秀洲区"), division("156330402", "南湖区")], NANHU);
    expect(found.properties.gb).toBe("156330402");
  });

  it("refuses a division whose Chinese name disagrees with the table", () => {
    expect(() => findDivision([division("156330402", "秀洲区")], NANHU)).toThrow(/秀洲区/);
  });

  it("refuses a missing division", () => {
    expect(() => findDivision([], NANHU)).toThrow(/330402/);
  });
});
