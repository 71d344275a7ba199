import { describe, expect, it } from "vitest";
import { validFeature } from "../../tests/support/fixtures";
import { PRECISION_BASES, PRECISION_UNCERTAINTY_METRES, PRECISIONS } from "./project-schema";
import { checkProperties } from "./validate-properties";

function findings(change: Record<string, unknown>) {
  return checkProperties({ ...validFeature().properties, ...change }, null);
}

describe("precision_basis and course", () => {
  it.each(PRECISION_BASES)("accepts the precision basis %s", (basis) => {
    expect(findings({ precision_basis: basis })).toEqual([]);
  });

  it("blocks an unknown precision basis, listing the allowed ones", () => {
    const [found] = findings({ precision_basis: "guessed" });
    expect(found?.field).toBe("precision_basis");
    expect(found?.message).toContain("alignment-not-public");
    expect(found?.blocking).toBe(true);
  });

  it("accepts a kebab-case course id and blocks anything else", () => {
    expect(findings({ course: "grand-canal-jiaxing" })).toEqual([]);
    expect(findings({ course: ["grand-canal-jiaxing", "jiaxing-pinghu-waterway"] })).toEqual([]);
    expect(findings({ course: [] }).map((found) => found.field)).toEqual(["course"]);
    expect(findings({ course: "Grand Canal" }).map((found) => found.field)).toEqual(["course"]);
    expect(findings({ course: 3 }).map((found) => found.field)).toEqual(["course"]);
  });
});

describe("PRECISION_UNCERTAINTY_METRES", () => {
  it("gives every precision a distance, growing from exact to schematic", () => {
    const distances = PRECISIONS.map((precision) => PRECISION_UNCERTAINTY_METRES[precision]);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(PRECISION_UNCERTAINTY_METRES.approximate).toBeGreaterThanOrEqual(1000);
    expect(PRECISION_UNCERTAINTY_METRES.approximate).toBeLessThanOrEqual(2000);
  });
});
