import type { Feature, Geometry } from "geojson";
import { describe, expect, it } from "vitest";
import {
  DEGREE_KILOMETRES,
  EAST,
  EQUATOR_COUNTIES,
  square,
  WEST,
} from "../../tests/support/equator-counties";
import { line, makeProject, point } from "../../tests/support/make-project";
import { type UserLayerCoverage, userLayerCoverage } from "./user-layer-coverage";
import { userLayerCountyCsv, userLayerFeatureCsv } from "./user-layer-coverage-csv";

// Near the equator a 0.01° × 0.01° cell is DEGREE_KILOMETRES² × 1e-4 km² (to well within 0.1%).
const CELL_SQUARE_KILOMETRES = DEGREE_KILOMETRES * DEGREE_KILOMETRES * 1e-4;

const projects = [
  makeProject(line([0.05, 0], [0.05, 0.1]), { id: "rail", layer: "railway" }),
  makeProject(line([0.15, 0], [0.15, 0.1]), { id: "canal", layer: "waterway" }),
  makeProject(
    { type: "Polygon", coordinates: square(0.12, 0.02, 0.18, 0.08) },
    { id: "park", layer: "platform" },
  ),
];

function feature(name: string, geometry: Geometry): Feature {
  return { type: "Feature", properties: { 名称: name }, geometry };
}

const layer: Feature[] = [
  feature("near rail", point(0.06, 0.05)),
  feature("on canal", point(0.15, 0.05)),
  feature("far away", point(0.5, 0.5)),
  feature("road", line([0.05, 0.05], [0.17, 0.05])),
  feature("zone", { type: "Polygon", coordinates: square(0.08, 0.02, 0.14, 0.08) }),
];

function coverage(distance: unknown = 5): UserLayerCoverage {
  const result = userLayerCoverage(layer, projects, EQUATOR_COUNTIES, distance);
  if (!result.ok) throw new Error(result.reason);
  return result.value;
}

describe("userLayerCoverage", () => {
  const value = coverage();
  const county = (adcode: string | null) => value.counties.find((row) => row.adcode === adcode);

  it("counts points within N km of each kind of project, per county", () => {
    expect(county(WEST)).toMatchObject({
      points: 1,
      pointsNearRailway: 1,
      pointsNearHighway: 0,
      pointsNearWaterway: 0,
    });
    // The canal point is 0.1° (11 km) from the railway: beyond 5 km.
    expect(county(EAST)).toMatchObject({ points: 1, pointsNearRailway: 0, pointsNearWaterway: 1 });
    expect(county(null)).toMatchObject({ points: 2, pointsNearRailway: 1, pointsNearWaterway: 1 });
    expect(value.pointsOutsideCounties).toBe(1);
    const near = value.features[0];
    expect(near?.railwayKilometres).toBeCloseTo(0.01 * DEGREE_KILOMETRES, 3);
    expect(near?.highwayKilometres).toBeNull();
    expect(value.features[2]).toMatchObject({ adcode: null, railwayKilometres: null });
  });

  it("measures line km per county and puts the line in the county with most of it", () => {
    expect(county(WEST)?.lineKilometres).toBeCloseTo(0.05 * DEGREE_KILOMETRES, 2);
    expect(county(EAST)?.lineKilometres).toBeCloseTo(0.07 * DEGREE_KILOMETRES, 2);
    expect(value.features[3]).toMatchObject({ adcode: EAST, railwayKilometres: null });
    expect(value.features[3]?.lengthKilometres).toBeCloseTo(0.12 * DEGREE_KILOMETRES, 2);
  });

  it("measures polygon km² per county and the overlap with platform zones", () => {
    // The zone spans 0.08–0.14° east (2 cells west of the border, 4 east) by 0.02–0.08° north (6 cells).
    expect(county(WEST)?.polygonSquareKilometres).toBeCloseTo(12 * CELL_SQUARE_KILOMETRES, 1);
    expect(county(EAST)?.polygonSquareKilometres).toBeCloseTo(24 * CELL_SQUARE_KILOMETRES, 1);
    // The platform starts at 0.12°: 2 × 6 cells of overlap, all in the east county.
    expect(value.features[4]?.platformOverlapSquareKilometres).toBeCloseTo(12 * CELL_SQUARE_KILOMETRES, 1);
    expect(county(EAST)?.platformOverlapSquareKilometres).toBeCloseTo(12 * CELL_SQUARE_KILOMETRES, 1);
    expect(county(WEST)?.platformOverlapSquareKilometres).toBe(0);
    expect(value.features[4]?.adcode).toBe(EAST);
  });

  it("finds the layer's own name column and names each feature by it", () => {
    expect(value.nameColumn).toBe("名称");
    expect(value.features.map((row) => row.name)).toEqual([
      "near rail",
      "on canal",
      "far away",
      "road",
      "zone",
    ]);
    expect(value.features.map((row) => row.number)).toEqual([1, 2, 3, 4, 5]);
  });

  it("counts a point as near when N grows past its distance", () => {
    expect(county(EAST)?.pointsNearRailway).toBe(0);
    const wider = coverage(12);
    expect(wider.counties.find((row) => row.adcode === EAST)?.pointsNearRailway).toBe(1);
  });

  it("refuses a distance that is not a usable number of km", () => {
    expect(userLayerCoverage(layer, projects, EQUATOR_COUNTIES, "abc")).toMatchObject({
      ok: false,
      reason: "not-a-number",
    });
    expect(userLayerCoverage(layer, projects, { type: "FeatureCollection", features: [] }, 5)).toMatchObject({
      ok: false,
      reason: "no-counties",
    });
  });
});

describe("user layer CSV", () => {
  const value = coverage();

  it("heads the feature table's name column with the layer's own name and leaves far distances empty", () => {
    const csv = userLayerFeatureCsv(
      value,
      {
        number: "No.",
        name: "Name",
        county: "County",
        railwayKilometres: "Railway km",
        highwayKilometres: "Highway km",
        waterwayKilometres: "Waterway km",
        lengthKilometres: "Length km",
        areaSquareKilometres: "Area km²",
        platformOverlapSquareKilometres: "In platforms km²",
      },
      (adcode) => (adcode === null ? "outside" : `county ${adcode}`),
    );
    const lines = csv.split("\r\n");
    expect(lines[0]).toBe(
      "\uFEFFNo.,名称,County,Railway km,Highway km,Waterway km,Length km,Area km²,In platforms km²",
    );
    expect(lines[1]).toBe(`1,near rail,county ${WEST},1.11,,,0.00,0.00,0.00`);
    expect(lines[3]).toBe("3,far away,outside,,,,0.00,0.00,0.00");
  });

  it("writes one line per county and the total", () => {
    const csv = userLayerCountyCsv(
      value,
      {
        row: "County",
        points: "Points",
        pointsNearRailway: "Near rail",
        pointsNearHighway: "Near highway",
        pointsNearWaterway: "Near waterway",
        lineKilometres: "Line km",
        polygonSquareKilometres: "Polygon km²",
        platformOverlapSquareKilometres: "In platforms km²",
      },
      (adcode) => adcode ?? "Jiaxing",
    );
    const lines = csv.trimEnd().split("\r\n");
    expect(lines).toHaveLength(4);
    expect(lines[3]?.startsWith("Jiaxing,2,1,0,1,")).toBe(true);
  });
});
