import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import {
  COUNTY_SQUARE_KILOMETRES,
  EAST,
  EQUATOR_COUNTIES,
  square,
  WEST,
} from "../../tests/support/equator-counties";
import { makeProject } from "../../tests/support/make-project";
import type { CountyCollection } from "../data/basemap-schema";
import type { ProjectFeature } from "../data/project-schema";
import { coverageTable } from "./coverage-table";
import { prepareCounties } from "./prepare-counties";
import { overlapClusters, unionAreaByCounty, zoneBreakdown } from "./zone-areas";

// Areas on turf's sphere, R = 6371.0088 km: a box Δλ × (φ1..φ2) is R² × Δλ × (sin φ2 − sin φ1).
//   A (0.02, 0.02)–(0.06, 0.06): 19.78295 km²     B (0.04, 0.04)–(0.08, 0.08): 19.78294 km²
//   A ∩ B (0.04, 0.04)–(0.06, 0.06): 4.94574 km²  A ∪ B = 19.78295 + 19.78294 − 4.94574 = 34.62015 km²
const zoneA = makeProject(
  { type: "Polygon", coordinates: square(0.02, 0.02, 0.06, 0.06) },
  {
    id: "zone-a",
    layer: "platform",
  },
);
const zoneB = makeProject(
  { type: "Polygon", coordinates: square(0.04, 0.04, 0.08, 0.08) },
  {
    id: "zone-b",
    layer: "platform",
  },
);
// Larger than both counties and reaching beyond them: each county's figure is its whole land.
const huge = makeProject(
  { type: "Polygon", coordinates: square(-0.05, -0.05, 0.3, 0.15) },
  {
    id: "huge",
    layer: "urban",
  },
);
const prepared = prepareCounties(EQUATOR_COUNTIES);

describe("zone areas", () => {
  it("counts the land two overlapping zones share once (worked out by hand)", () => {
    const areas = unionAreaByCounty([zoneA, zoneB], EQUATOR_COUNTIES, prepared);
    expect(areas[WEST]).toBeCloseTo(34.62015, 3);
    expect(areas[EAST]).toBe(0);
  });

  it("never gives more than the county's land, even for a zone larger than the city", () => {
    const areas = unionAreaByCounty([huge, zoneA], EQUATOR_COUNTIES, prepared);
    expect(areas[WEST]).toBeCloseTo(COUNTY_SQUARE_KILOMETRES, 3);
    expect(areas[EAST]).toBeCloseTo(COUNTY_SQUARE_KILOMETRES, 3);
    for (const county of prepared)
      expect(areas[county.adcode]).toBeLessThanOrEqual(county.areaSquareKilometres);
  });

  it("breaks the figure down by zone and county, with each zone's share of the county's land", () => {
    const rows = zoneBreakdown([zoneA, zoneB, huge], EQUATOR_COUNTIES, prepared);
    const find = (id: string, adcode: string) => rows.find((row) => row.id === id && row.adcode === adcode);
    expect(find("zone-a", WEST)?.squareKilometres).toBeCloseTo(19.78295, 3);
    expect(find("zone-a", WEST)?.shareOfLand).toBeCloseTo(19.78295 / COUNTY_SQUARE_KILOMETRES, 5);
    expect(find("zone-a", EAST)).toBeUndefined();
    expect(find("huge", EAST)?.shareOfLand).toBeCloseTo(1, 4);
    // County order first, then the largest zone first.
    expect(rows.map((row) => `${row.adcode} ${row.id}`)).toEqual([
      `${WEST} huge`,
      `${WEST} zone-a`,
      `${WEST} zone-b`,
      `${EAST} huge`,
    ]);
  });

  it("merges only zones whose boxes touch, directly or through another", () => {
    const box = (west: number, east: number) => ({ box: { west, east, south: 0, north: 1 } });
    const clusters = overlapClusters([box(0, 1), box(5, 6), box(0.5, 2), box(1.5, 3)]);
    expect(clusters.map((cluster) => cluster.length).sort()).toEqual([1, 3]);
  });
});

describe("zone areas on the shipped data", () => {
  const root = resolve(import.meta.dirname, "../..");
  const counties = JSON.parse(
    readFileSync(resolve(root, "data/basemap/counties.geojson"), "utf8"),
  ) as CountyCollection;
  const projects = readdirSync(resolve(root, "data/projects"))
    .filter((file) => file.endsWith(".geojson"))
    .flatMap(
      (file) =>
        JSON.parse(readFileSync(resolve(root, "data/projects", file), "utf8")).features as ProjectFeature[],
    );

  it("gives every county, and the city, zone areas within its land", () => {
    const table = coverageTable(projects, counties, 5);
    if (!table.ok) throw new Error(table.message_en);
    expect(table.value.rows).toHaveLength(8);
    for (const row of table.value.rows) {
      expect(row.landSquareKilometres).toBeGreaterThan(0);
      expect(row.platformSquareKilometres).toBeLessThanOrEqual(row.landSquareKilometres);
      expect(row.otherZoneSquareKilometres).toBeLessThanOrEqual(row.landSquareKilometres);
      expect(row.designationSquareKilometres).toBeLessThanOrEqual(row.landSquareKilometres);
    }
    // Some zone is measured at all: the test cannot pass on an empty column.
    expect(table.value.rows.at(-1)?.platformSquareKilometres).toBeGreaterThan(0);
    for (const zone of table.value.zones) {
      const land = table.value.rows.find((row) => row.adcode === zone.adcode)?.landSquareKilometres ?? 0;
      expect(zone.squareKilometres).toBeLessThanOrEqual(land);
      expect(zone.shareOfLand).toBeLessThanOrEqual(1);
    }
    // The union never exceeds the sum of its zones in a county.
    for (const row of table.value.rows.slice(0, -1)) {
      const sum = table.value.zones
        .filter((zone) => zone.adcode === row.adcode && zone.kind === "platform")
        .reduce((total, zone) => total + zone.squareKilometres, 0);
      expect(row.platformSquareKilometres).toBeLessThanOrEqual(sum + 1e-6);
    }
  });

  it("keeps designations of whole counties out of the platforms, so platforms never simply equal the land", () => {
    const table = coverageTable(projects, counties, 5);
    if (!table.ok) throw new Error(table.message_en);
    const countyRows = table.value.rows.filter((row) => row.adcode !== null);
    // The pilot zone covers the whole city: as a designation it equals the land in every county.
    for (const row of countyRows)
      expect(row.designationSquareKilometres / row.landSquareKilometres, row.adcode ?? "").toBeGreaterThan(
        0.95,
      );
    const belowLand = countyRows.filter(
      (row) => row.platformSquareKilometres < 0.9 * row.landSquareKilometres,
    );
    expect(belowLand.length).toBeGreaterThanOrEqual(5);
    // The physical platform (杭州湾北岸产业大平台) is still measured where it lies.
    expect(table.value.rows.at(-1)?.platformSquareKilometres).toBeGreaterThan(0);
    const kinds = new Set(table.value.zones.map((zone) => `${zone.id} ${zone.kind}`));
    expect(kinds).toContain("national-urban-rural-integration-pilot-zone-jiahu designation");
    expect(kinds).toContain("yrd-eco-green-integration-demo-zone designation");
    expect(kinds).toContain("hangzhou-bay-north-shore-industrial-platform platform");
  });
});
