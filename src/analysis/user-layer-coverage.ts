// What a planner's own layer has to do with the plan: for its points, which lie within N km of the
// plan's railway, highway and waterway projects; for its lines, km per county; for its polygons, km²
// per county and the part inside the plan's platform zones. One row per county plus a city total (the
// sum of the counties, as in the coverage table), and one row per feature. Plain numbers and names; the
// UI chooses words and rounding.
import { area, length } from "@turf/turf";
import type { Feature } from "geojson";
import type { CountyCollection } from "../data/basemap-schema";
import { nameColumnOfFeatures } from "../data/name-column";
import type { ProjectFeature } from "../data/project-schema";
import { geometryParts } from "../geo/geometry-parts";
import { type AnalysisResult, accepted, rejected } from "./analysis-result";
import { lineLengthByCounty } from "./line-length-by-county";
import { nearestDistance } from "./nearest-distance";
import { mergePlatformZones, platformOverlap } from "./platform-overlap";
import { polygonAreaByCounty } from "./polygon-area-by-county";
import { prepareCounties } from "./prepare-counties";
import { containsPoint } from "./prepared-polygon";
import { buildProximityIndex } from "./proximity-index";
import { validateDistance } from "./validate-distance";

export interface UserLayerCountyRow {
  // A county's adcode, or null for the city total (always the last row).
  adcode: string | null;
  // Point features whose first position lies in the county, and how many of them are within N km.
  points: number;
  pointsNearRailway: number;
  pointsNearHighway: number;
  pointsNearWaterway: number;
  lineKilometres: number;
  polygonSquareKilometres: number;
  platformOverlapSquareKilometres: number;
}

export interface UserLayerFeatureRow {
  // 1-based place of the feature in the layer, as the import numbered it.
  number: number;
  name: string;
  // The county holding the point, or the most of the line or polygon; null when outside every county.
  adcode: string | null;
  // Distance (km) of a point feature to the nearest project of the layer, null beyond N km or not a point.
  railwayKilometres: number | null;
  highwayKilometres: number | null;
  waterwayKilometres: number | null;
  // Whole-feature length and area (inside Jiaxing or not); 0 for other kinds.
  lengthKilometres: number;
  areaSquareKilometres: number;
  platformOverlapSquareKilometres: number;
}

export interface UserLayerCoverage {
  distanceKilometres: number;
  // The layer's own name property (name, 名称, NAME, title…), or null when it has none.
  nameColumn: string | null;
  counties: UserLayerCountyRow[];
  features: UserLayerFeatureRow[];
  // Point features outside every county: in the feature rows but in no county row.
  pointsOutsideCounties: number;
}

type Proximity = "Railway" | "Highway" | "Waterway";
const PROXIMITY_LAYERS: Record<Proximity, string> = {
  Railway: "railway",
  Highway: "highway",
  Waterway: "waterway",
};

export function userLayerCoverage(
  layer: readonly Feature[],
  projects: readonly ProjectFeature[],
  counties: CountyCollection,
  distanceKilometres: unknown,
): AnalysisResult<UserLayerCoverage> {
  const distance = validateDistance(distanceKilometres);
  if (!distance.ok) return distance;
  const prepared = prepareCounties(counties);
  if (prepared.length === 0) {
    return rejected("no-counties", "The county boundaries are not loaded.", "区县边界未加载。");
  }
  const reach = distance.value;
  const indexes = Object.fromEntries(
    (Object.keys(PROXIMITY_LAYERS) as Proximity[]).map((kind) => [
      kind,
      buildProximityIndex(
        projects.filter((project) => project.properties.layer === PROXIMITY_LAYERS[kind]),
        reach,
      ),
    ]),
  ) as Record<Proximity, ReturnType<typeof buildProximityIndex>>;
  const zones = mergePlatformZones(projects.filter((project) => project.properties.layer === "platform"));
  const nameColumn = nameColumnOfFeatures(layer);
  const rows = new Map<string, UserLayerCountyRow>(
    prepared.map((county) => [county.adcode, emptyRow(county.adcode)]),
  );
  const overlaps: Feature[] = [];
  let pointsOutsideCounties = 0;

  const features = layer.map((feature, index): UserLayerFeatureRow => {
    const parts = geometryParts(feature.geometry);
    const near = (kind: Proximity) =>
      parts.points.length > 0 ? nearestDistance(indexes[kind], parts.points, reach) : null;
    const row: UserLayerFeatureRow = {
      number: index + 1,
      name: nameColumn === null ? "" : String(feature.properties?.[nameColumn] ?? ""),
      adcode: null,
      railwayKilometres: near("Railway"),
      highwayKilometres: near("Highway"),
      waterwayKilometres: near("Waterway"),
      // turf length defaults to km; turf area is in m² (1 km² = 1e6 m²).
      lengthKilometres: parts.lines.length > 0 ? length(feature) : 0,
      areaSquareKilometres: parts.polygons.length > 0 ? area(feature) / 1e6 : 0,
      platformOverlapSquareKilometres: 0,
    };
    const first = parts.points[0];
    if (first) {
      const county = prepared.find((candidate) =>
        containsPoint(candidate.prepared, first[0] as number, first[1] as number),
      );
      const countyRow = county ? rows.get(county.adcode) : undefined;
      if (countyRow) {
        row.adcode = countyRow.adcode;
        countyRow.points++;
        if (row.railwayKilometres !== null) countyRow.pointsNearRailway++;
        if (row.highwayKilometres !== null) countyRow.pointsNearHighway++;
        if (row.waterwayKilometres !== null) countyRow.pointsNearWaterway++;
      } else pointsOutsideCounties++;
    }
    const byCounty = addMeasures(
      parts.lines.length > 0 ? lineLengthByCounty([feature], counties, prepared) : {},
      parts.polygons.length > 0 ? polygonAreaByCounty([feature], counties, prepared) : {},
      rows,
    );
    if (!first) row.adcode = largest(byCounty);
    if (parts.polygons.length > 0) {
      const overlap = platformOverlap(feature, zones);
      row.platformOverlapSquareKilometres = overlap.squareKilometres;
      if (overlap.shape) overlaps.push(overlap.shape);
    }
    return row;
  });
  for (const [adcode, value] of Object.entries(polygonAreaByCounty(overlaps, counties, prepared))) {
    const countyRow = rows.get(adcode);
    if (countyRow) countyRow.platformOverlapSquareKilometres += value;
  }
  const countyRows = [...rows.values()];
  countyRows.push(totalRow(countyRows));
  return accepted({
    distanceKilometres: reach,
    nameColumn,
    counties: countyRows,
    features,
    pointsOutsideCounties,
  });
}

// Adds one feature's km and km² per county to the county rows; returns its measure per county.
function addMeasures(
  kilometres: Record<string, number>,
  squareKilometres: Record<string, number>,
  rows: Map<string, UserLayerCountyRow>,
): Record<string, number> {
  const byCounty: Record<string, number> = {};
  for (const [adcode, value] of Object.entries(kilometres)) {
    const row = rows.get(adcode);
    if (row) row.lineKilometres += value;
    byCounty[adcode] = (byCounty[adcode] ?? 0) + value;
  }
  for (const [adcode, value] of Object.entries(squareKilometres)) {
    const row = rows.get(adcode);
    if (row) row.polygonSquareKilometres += value;
    byCounty[adcode] = (byCounty[adcode] ?? 0) + value;
  }
  return byCounty;
}

function largest(byCounty: Record<string, number>): string | null {
  let best: string | null = null;
  let bestValue = 0;
  for (const [adcode, value] of Object.entries(byCounty)) {
    if (value > bestValue) {
      best = adcode;
      bestValue = value;
    }
  }
  return best;
}

function emptyRow(adcode: string | null): UserLayerCountyRow {
  return {
    adcode,
    points: 0,
    pointsNearRailway: 0,
    pointsNearHighway: 0,
    pointsNearWaterway: 0,
    lineKilometres: 0,
    polygonSquareKilometres: 0,
    platformOverlapSquareKilometres: 0,
  };
}

function totalRow(rows: readonly UserLayerCountyRow[]): UserLayerCountyRow {
  const total = emptyRow(null);
  for (const row of rows) {
    for (const key of Object.keys(total) as (keyof UserLayerCountyRow)[]) {
      if (key !== "adcode") total[key] += row[key];
    }
  }
  return total;
}
