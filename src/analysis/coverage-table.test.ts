import { describe, expect, it } from "vitest";
import { EAST, EQUATOR_COUNTIES, square, WEST } from "../../tests/support/equator-counties";
import { line, makeProject, point } from "../../tests/support/make-project";
import { coverageTable } from "./coverage-table";

// 0.01° = 1.111951 km (see fixtures/equator-counties.ts).
const projects = [
  // Through both counties and beyond: 0.1° = 11.1195 km in each.
  makeProject(line([-0.05, 0.05], [0.25, 0.05]), { id: "rail", counties: [WEST, EAST] }),
  // West only, 0.06° = 6.6717 km.
  makeProject(line([0.02, 0.02], [0.08, 0.02]), {
    id: "road",
    layer: "highway",
    status: "start",
    precision: "schematic",
    counties: [WEST],
  }),
  // East only, 0.07° = 7.7837 km.
  makeProject(line([0.12, 0.09], [0.19, 0.09]), {
    id: "canal",
    layer: "waterway",
    pillar: "quality",
    status: "completion",
    counties: [EAST],
  }),
  // Half in each: 37.093 km² each (see polygon-area-by-county.test.ts).
  makeProject(
    { type: "Polygon", coordinates: square(0.05, 0.02, 0.15, 0.08) },
    {
      id: "park",
      layer: "platform",
      pillar: "openness",
      status: "planning",
      counties: [WEST, EAST],
    },
  ),
  // East only, 0.02° × 0.02°: R² × Δλ × (sin 0.04° − sin 0.02°) = 2.22390² = 4.9457 km².
  makeProject(
    { type: "Polygon", coordinates: square(0.12, 0.02, 0.14, 0.04) },
    {
      id: "lab",
      layer: "innovation",
      pillar: "innovation",
      status: "operation",
      precision: "schematic",
      counties: [EAST],
    },
  ),
  // Wholly beyond the city: in the city total's counts only.
  makeProject(point(0.5, 0.5), { id: "airport", layer: "airport", status: "planning" }),
];

function table(distance: unknown = 1) {
  const result = coverageTable(projects, EQUATOR_COUNTIES, distance);
  if (!result.ok) throw new Error(result.message_en);
  return result.value;
}

describe("the coverage table", () => {
  it("has a row per county, in the city's order, then the city total", () => {
    expect(table().rows.map((row) => row.adcode)).toEqual([WEST, EAST, null]);
  });

  it("counts a project in every county it lists, and once in the city total", () => {
    const [west, east, city] = table().rows;
    // West: rail, road, park. East: rail, canal, park, lab. City: all six.
    expect([west?.total, east?.total, city?.total]).toEqual([3, 4, 6]);
    expect(west?.byPillar).toEqual({ hub: 2, innovation: 0, quality: 0, openness: 1 });
    expect(city?.byPillar).toEqual({ hub: 3, innovation: 1, quality: 1, openness: 1 });
    expect(east?.byStatus).toEqual({
      planning: 1,
      preliminary: 0,
      start: 0,
      construction: 1,
      completion: 1,
      operation: 1,
    });
  });

  it("lists the schematic projects of each row", () => {
    expect(table().rows.map((row) => row.schematicProjectIds)).toEqual([["road"], ["lab"], ["road", "lab"]]);
  });

  it("gives km of each network inside each county, and their sum for the city", () => {
    const [west, east, city] = table().rows;
    expect(west?.railwayKilometres).toBeCloseTo(11.1195, 3);
    expect(west?.highwayKilometres).toBeCloseTo(6.6717, 3);
    expect(east?.waterwayKilometres).toBeCloseTo(7.7837, 3);
    // 2 × 11.1195 = 22.2390: the 0.1° beyond the counties is not Jiaxing's.
    expect(city?.railwayKilometres).toBeCloseTo(22.239, 3);
  });

  it("separates platform area from other zones", () => {
    const [west, east, city] = table().rows;
    expect(west?.platformSquareKilometres).toBeCloseTo(37.093, 2);
    expect(east?.otherZoneSquareKilometres).toBeCloseTo(4.9457, 2);
    expect(city?.platformSquareKilometres).toBeCloseTo(74.186, 2);
  });

  it("gives the share of land near rail and near highway, weighted by land for the city", () => {
    const [west, east, city] = table(1).rows;
    // Rail: a 2 km strip across each 11.1195 km county = 0.17986 (see land-share test).
    expect(west?.landShareNearRailway).toBeCloseTo(0.1799, 3);
    expect(city?.landShareNearRailway).toBeCloseTo(0.1799, 3);
    // Road, all in the west county: 6.6717 × 2 + π × 1² = 16.485 km²; 16.485 / 123.6434 = 0.13333,
    // and half that over the city's 247.287 km² = 0.06666.
    expect(Math.abs((west?.landShareNearHighway ?? 0) - 0.13333)).toBeLessThan(0.0005);
    expect(east?.landShareNearHighway).toBe(0);
    expect(Math.abs((city?.landShareNearHighway ?? 0) - 0.06666)).toBeLessThan(0.0003);
  });

  it("buffers 5 km unless told otherwise", () => {
    const result = coverageTable(projects, EQUATOR_COUNTIES);
    expect(result.ok && result.value.distanceKilometres).toBe(5);
  });

  it("refuses a bad distance or missing counties instead of giving figures", () => {
    expect(coverageTable(projects, EQUATOR_COUNTIES, -5).ok).toBe(false);
    const noCounties = coverageTable(projects, { type: "FeatureCollection", features: [] });
    expect(noCounties.ok ? "accepted" : noCounties.reason).toBe("no-counties");
  });
});
