// The planners' coverage table: one row per county and a city total, from the features the UI has
// already filtered. Plain numbers and ids only; the UI chooses words and rounding.

import type { CountyCollection } from "../data/basemap-schema";
import type { ProjectFeature } from "../data/project-schema";
import { type ZoneKind, zoneKind } from "../data/zone-kind";
import { geometryParts } from "../geo/geometry-parts";
import { type AnalysisResult, accepted, rejected } from "./analysis-result";
import { countProjects, type ProjectCounts } from "./count-projects";
import { sharesWithin } from "./land-share-within-distance";
import { lineLengthByCounty } from "./line-length-by-county";
import { prepareCounties } from "./prepare-counties";
import { buildProximityIndex } from "./proximity-index";
import { DEFAULT_DISTANCE_KILOMETRES, validateDistance } from "./validate-distance";
import { unionAreaByCounty, type ZoneShare, zoneBreakdown } from "./zone-areas";

export { DEFAULT_DISTANCE_KILOMETRES };

export interface CoverageRow extends ProjectCounts {
  // A county's adcode, or null for the city total (always the last row).
  adcode: string | null;
  railwayKilometres: number;
  highwayKilometres: number;
  waterwayKilometres: number;
  // Land covered by the union of the industrial platforms and parks, clipped to the county: overlaps
  // count once. Designations of whole counties (data/zone-kind.ts) are not platforms.
  platformSquareKilometres: number;
  // The same for the policy designations (the pilot zone, the demonstration zone): whole counties.
  designationSquareKilometres: number;
  // The same for the polygons of every other layer (innovation, urban, airport, ...).
  otherZoneSquareKilometres: number;
  landSquareKilometres: number;
  // Shares (0–1) of the row's land within distanceKilometres of a railway / highway project.
  landShareNearRailway: number;
  landShareNearHighway: number;
}

export interface CoverageTable {
  distanceKilometres: number;
  rows: CoverageRow[];
  zones: ZoneShare[]; // each zone's km² in each county, under the table and in its own export
}

type MeasuredKey = Exclude<keyof CoverageRow, keyof ProjectCounts | "adcode" | `landShare${string}`>;

export function coverageTable(
  projects: readonly ProjectFeature[],
  counties: CountyCollection,
  distanceKilometres: unknown = DEFAULT_DISTANCE_KILOMETRES,
): AnalysisResult<CoverageTable> {
  const distance = validateDistance(distanceKilometres);
  if (!distance.ok) return distance;
  const prepared = prepareCounties(counties);
  if (prepared.length === 0) {
    return rejected("no-counties", "The county boundaries are not loaded.", "区县边界未加载。");
  }
  const onLayer = (layer: string) => projects.filter((project) => project.properties.layer === layer);
  const hasPolygons = (project: ProjectFeature) => geometryParts(project.geometry).polygons.length > 0;
  const railway = onLayer("railway");
  const highway = onLayer("highway");
  const zones = projects.filter(hasPolygons);
  const ofKind = (kind: ZoneKind) => zones.filter((zone) => zoneKind(zone.properties) === kind);
  const platforms = ofKind("platform");
  const designations = ofKind("designation");
  const otherZones = ofKind("other");
  const measured: Record<MeasuredKey, Record<string, number>> = {
    railwayKilometres: lineLengthByCounty(railway, counties, prepared),
    highwayKilometres: lineLengthByCounty(highway, counties, prepared),
    waterwayKilometres: lineLengthByCounty(onLayer("waterway"), counties, prepared),
    platformSquareKilometres: unionAreaByCounty(platforms, counties, prepared),
    designationSquareKilometres: unionAreaByCounty(designations, counties, prepared),
    otherZoneSquareKilometres: unionAreaByCounty(otherZones, counties, prepared),
    landSquareKilometres: Object.fromEntries(
      prepared.map((county) => [county.adcode, county.areaSquareKilometres]),
    ),
  };
  const nearRailway = sharesWithin(buildProximityIndex(railway, distance.value), distance.value, prepared);
  const nearHighway = sharesWithin(buildProximityIndex(highway, distance.value), distance.value, prepared);

  const rows: CoverageRow[] = prepared.map(({ adcode }) => ({
    adcode,
    ...countProjects(projects, adcode),
    ...pick(measured, (values) => values[adcode] ?? 0),
    landShareNearRailway: nearRailway[adcode]?.share ?? 0,
    landShareNearHighway: nearHighway[adcode]?.share ?? 0,
  }));
  // The city is the sum of its counties: km and km² inside Jiaxing, shares weighted by county land.
  const cityLand = sum(prepared.map((county) => county.areaSquareKilometres));
  const cityWithin = (shares: typeof nearRailway) =>
    sum(Object.values(shares).map((share) => share.withinSquareKilometres));
  rows.push({
    adcode: null,
    ...countProjects(projects, null),
    ...pick(measured, (values) => sum(Object.values(values))),
    landShareNearRailway: cityLand > 0 ? cityWithin(nearRailway) / cityLand : 0,
    landShareNearHighway: cityLand > 0 ? cityWithin(nearHighway) / cityLand : 0,
  });
  const breakdown = zoneBreakdown([...platforms, ...designations, ...otherZones], counties, prepared);
  return accepted({ distanceKilometres: distance.value, rows, zones: breakdown });
}

function pick(
  measured: Record<MeasuredKey, Record<string, number>>,
  read: (values: Record<string, number>) => number,
): Record<MeasuredKey, number> {
  return Object.fromEntries(Object.entries(measured).map(([key, values]) => [key, read(values)])) as Record<
    MeasuredKey,
    number
  >;
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
