import { describe, expect, it } from "vitest";
import { COVERAGE_COLUMN_KEYS, type CoverageColumnKey, coverageCsv } from "./coverage-csv";
import type { CoverageRow } from "./coverage-table";

const row: CoverageRow = {
  adcode: "330402",
  total: 3,
  byPillar: { hub: 2, innovation: 0, quality: 0, openness: 1 },
  byStatus: { planning: 1, preliminary: 0, start: 1, construction: 1, completion: 0, operation: 0 },
  schematicProjectIds: ["road-a", "road-b"],
  railwayKilometres: 11.119508,
  highwayKilometres: 0,
  waterwayKilometres: 0,
  platformSquareKilometres: 37.0930218,
  designationSquareKilometres: 123.6434,
  otherZoneSquareKilometres: 0,
  landSquareKilometres: 123.6434,
  landShareNearRailway: 0.179864,
  landShareNearHighway: 0,
};
const headers = Object.fromEntries(COVERAGE_COLUMN_KEYS.map((key) => [key, key])) as Record<
  CoverageColumnKey,
  string
>;

describe("the coverage CSV", () => {
  it("starts with a byte-order mark and ends every record with CRLF", () => {
    const csv = coverageCsv([row], { headers, rowLabel: () => "南湖区" });
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv.split("\r\n")).toHaveLength(3);
    expect(csv.endsWith("\r\n")).toBe(true);
  });

  it("writes the caller's headers and the chosen columns in order", () => {
    const csv = coverageCsv([row], {
      headers: {
        ...headers,
        row: "区县",
        railwayKilometres: "铁路（公里）",
        landShareNearRailway: "铁路覆盖率",
      },
      rowLabel: () => "南湖区",
      columns: ["row", "railwayKilometres", "landShareNearRailway", "platformSquareKilometres"],
    });
    // km and km² to 2 decimals (11.119508 → 11.12, 37.093 → 37.09); shares in percent to 2
    // (0.179864 → 17.99), as the screen shows them.
    expect(csv).toBe(
      "\uFEFF区县,铁路（公里）,铁路覆盖率,platformSquareKilometres\r\n南湖区,11.12,17.99,37.09\r\n",
    );
  });

  it("quotes fields holding commas or quotes, doubling the quotes (RFC 4180)", () => {
    const csv = coverageCsv([row], {
      headers: { ...headers, row: 'County, "name"' },
      rowLabel: () => "Nanhu",
      nameOf: (id) => (id === "road-a" ? 'Road "A", east' : "Road B"),
      columns: ["row", "schematicProjectIds"],
    });
    expect(csv).toBe('\uFEFF"County, ""name""",schematicProjectIds\r\nNanhu,"Road ""A"", east; Road B"\r\n');
  });

  it("puts its columns in the table's order: lengths, zones beside land, shares, then counts", () => {
    expect(COVERAGE_COLUMN_KEYS.slice(0, 11)).toEqual([
      "row",
      "railwayKilometres",
      "highwayKilometres",
      "waterwayKilometres",
      "platformSquareKilometres",
      "designationSquareKilometres",
      "otherZoneSquareKilometres",
      "landSquareKilometres",
      "landShareNearRailway",
      "landShareNearHighway",
      "total",
    ]);
  });

  it("writes counts by pillar and status as whole numbers", () => {
    const csv = coverageCsv([row], { headers, rowLabel: () => "x", columns: ["pillar-hub", "status-start"] });
    expect(csv.split("\r\n")[1]).toBe("2,1");
  });

  it("keeps a label a spreadsheet would run as a formula as plain text", () => {
    const csv = coverageCsv([row], { headers, rowLabel: () => "=1+1", columns: ["row"] });
    expect(csv.split("\r\n")[1]).toBe("'=1+1");
  });
});
