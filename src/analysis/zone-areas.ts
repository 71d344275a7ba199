// Zone areas a planner can cite: the land a group of zones covers in each county is the area of their
// union clipped to that county, so two overlapping zones count their shared land once and no county's
// figure can exceed its land. Beside it, the per-zone breakdown: each zone's km² in each county it
// reaches and its share of that county's land.
// Why not one union of everything: turf's union of 2 000 synthetic hexagons takes seconds. Zones whose
// bounding boxes touch no other zone's cannot overlap one, so only clusters of touching boxes are
// merged; a lone zone reuses its remembered per-county area (polygon-area-by-county.ts).
import { featureCollection, multiPolygon, union } from "@turf/turf";
import type { Feature, MultiPolygon, Polygon, Position } from "geojson";
import type { CountyCollection } from "../data/basemap-schema";
import type { ProjectFeature } from "../data/project-schema";
import { type ZoneKind, zoneKind } from "../data/zone-kind";
import { geometryParts } from "../geo/geometry-parts";
import { type BoundingBox, boundingBoxOf, boxesOverlap } from "./bounding-box";
import { polygonAreaByCounty } from "./polygon-area-by-county";
import type { PreparedCounty } from "./prepare-counties";

export interface ZoneShare {
  id: string; // the project's id
  layer: string;
  kind: ZoneKind; // a platform, a designation of whole counties, or another zone
  adcode: string;
  squareKilometres: number; // the zone's land inside this county
  shareOfLand: number; // 0–1 of the county's land
}

// Merged shapes of recent clusters, by the ids they merge: a filter change reuses them, and the same
// Feature object keeps hitting polygon-area-by-county's per-feature memo. Bounded above the clusters of
// 10 000 synthetic features (a smaller bound thrashed: every table merged again), oldest dropped first.
const MERGED_LIMIT = 20_000;
const merged = new Map<string, Feature<Polygon | MultiPolygon> | null>();

interface Zone {
  feature: ProjectFeature;
  polygons: Position[][][];
  box: BoundingBox;
}

function zonesOf(features: readonly ProjectFeature[]): Zone[] {
  return features.flatMap((feature) => {
    const polygons = geometryParts(feature.geometry).polygons;
    if (polygons.length === 0) return [];
    return [{ feature, polygons, box: boundingBoxOf(polygons.flatMap((polygon) => polygon[0] ?? [])) }];
  });
}

/** Groups zones whose bounding boxes overlap, directly or through others (sweep by west edge). */
export function overlapClusters<T extends { box: BoundingBox }>(items: readonly T[]): T[][] {
  const parent = items.map((_, index) => index);
  const root = (index: number): number => {
    let at = index;
    while (parent[at] !== at) {
      parent[at] = parent[parent[at] as number] as number;
      at = parent[at] as number;
    }
    return at;
  };
  const boxes = items.map((item) => item.box);
  const order = boxes.map((_, index) => index).sort((a, b) => westOf(boxes[a]) - westOf(boxes[b]));
  for (let position = 0; position < order.length; position++) {
    const left = order[position] as number;
    const leftBox = boxes[left] as BoundingBox;
    for (let next = position + 1; next < order.length; next++) {
      const right = order[next] as number;
      const rightBox = boxes[right] as BoundingBox;
      if (rightBox.west > leftBox.east) break;
      if (boxesOverlap(leftBox, rightBox)) parent[root(right)] = root(left);
    }
  }
  const groups = new Map<number, T[]>();
  items.forEach((item, index) => {
    const key = root(index);
    groups.set(key, [...(groups.get(key) ?? []), item]);
  });
  return [...groups.values()];
}

const westOf = (box: BoundingBox | undefined) => box?.west ?? 0;

function mergedShape(zones: readonly Zone[]): Feature<Polygon | MultiPolygon> | null {
  const key = zones
    .map((zone) => zone.feature.properties.id)
    .sort()
    .join("\n");
  if (merged.has(key)) return merged.get(key) ?? null;
  const shape = union(featureCollection(zones.map((zone) => multiPolygon(zone.polygons))));
  remember(key, shape);
  return shape;
}

function remember(key: string, shape: Feature<Polygon | MultiPolygon> | null): void {
  if (merged.size >= MERGED_LIMIT) merged.delete(merged.keys().next().value as string);
  merged.set(key, shape);
}

// A zone with several parts is merged with itself: its parts may overlap.
function selfMerged(zone: Zone): Feature {
  if (zone.polygons.length === 1) return zone.feature;
  const key = `self:${zone.feature.properties.id}`;
  if (!merged.has(key)) {
    remember(key, union(featureCollection(zone.polygons.map((polygon) => multiPolygon([polygon])))));
  }
  return merged.get(key) ?? zone.feature;
}

/** Km² of land covered by the union of the zones, in each county (every county keyed, 0 if none). */
export function unionAreaByCounty(
  features: readonly ProjectFeature[],
  counties: CountyCollection,
  prepared: readonly PreparedCounty[],
): Record<string, number> {
  const total: Record<string, number> = Object.fromEntries(prepared.map((county) => [county.adcode, 0]));
  for (const cluster of overlapClusters(zonesOf(features))) {
    const shape = cluster.length === 1 ? selfMerged(cluster[0] as Zone) : mergedShape(cluster);
    if (!shape) continue;
    const perCounty = polygonAreaByCounty([shape], counties, prepared);
    for (const [adcode, value] of Object.entries(perCounty)) total[adcode] = (total[adcode] ?? 0) + value;
  }
  // The union lies inside the county, so only rounding in the overlay could push it past the land.
  for (const county of prepared) {
    total[county.adcode] = Math.min(total[county.adcode] ?? 0, county.areaSquareKilometres);
  }
  return total;
}

/** Each zone × each county it reaches: km² and share of that county's land, in county order. */
export function zoneBreakdown(
  features: readonly ProjectFeature[],
  counties: CountyCollection,
  prepared: readonly PreparedCounty[],
): ZoneShare[] {
  const rows: ZoneShare[] = [];
  for (const zone of zonesOf(features)) {
    const perCounty = polygonAreaByCounty([selfMerged(zone)], counties, prepared);
    for (const county of prepared) {
      const squareKilometres = Math.min(perCounty[county.adcode] ?? 0, county.areaSquareKilometres);
      // Below 0.005 km² (half the last printed digit) a touch along a border is not a share of land.
      if (squareKilometres < 0.005) continue;
      rows.push({
        id: zone.feature.properties.id,
        layer: zone.feature.properties.layer,
        kind: zoneKind(zone.feature.properties),
        adcode: county.adcode,
        squareKilometres,
        shareOfLand: county.areaSquareKilometres > 0 ? squareKilometres / county.areaSquareKilometres : 0,
      });
    }
  }
  const order = new Map(prepared.map((county, index) => [county.adcode, index]));
  return rows.sort(
    (left, right) =>
      (order.get(left.adcode) ?? 0) - (order.get(right.adcode) ?? 0) ||
      right.squareKilometres - left.squareKilometres,
  );
}
