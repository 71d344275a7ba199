import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { REGION_BOUNDS, TEXT_LIMITS } from "./project-schema";

const README = readFileSync("data/README.md", "utf8");

describe("data/README.md and the code agree", () => {
  it("quotes REGION_BOUNDS as the region every position must lie in", () => {
    const { west, south, east, north } = REGION_BOUNDS;
    const format = (value: number) => value.toFixed(1);
    expect(README).toContain(
      `longitude ${format(west)}–${format(east)} °E, latitude ${format(south)}–${format(north)} °N (\`REGION_BOUNDS\``,
    );
  });

  it("lists every text limit with its number", () => {
    for (const [field, limit] of Object.entries(TEXT_LIMITS)) {
      expect(README).toMatch(new RegExp(`\`${field}\` ${limit}\\b`));
    }
  });
});
