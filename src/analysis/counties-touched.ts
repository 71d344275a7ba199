// The counties a project geometry touches: every county polygon its points and lines intersect (turf
// booleanIntersects, so a line ending on a border counts) and every county its polygons overlap by at
// least MINIMUM_OVERLAP_SQUARE_METRES — a zone that only shares a border with a county does not touch
// it (the Yangtze Delta demonstration zone borders four Jiaxing counties but covers only Jiashan) —
// plus the shore rule — a point, a line end, or a whole part that lies in
// no county but within SHORE_TOLERANCE_KILOMETRES (1 km) of one counts for the nearest county, because
// the county polygons are clipped to an approximate coastline.
import { area, booleanIntersects, feature, featureCollection, intersect } from "@turf/turf";
import type { Geometry, MultiPolygon, Polygon, Position } from "geojson";
import type { CountyCollection } from "../data/basemap-schema";
import type { CountyCode } from "../data/project-schema";
import { geometryParts } from "../geo/geometry-parts";
import { type PreparedCounty, prepareCounties } from "./prepare-counties";
import { containsPoint } from "./prepared-polygon";
import { distanceToBoundaryKilometres, SHORE_TOLERANCE_KILOMETRES } from "./shore-distance";

// 0.01 km²: far above floating-point slivers along a shared border, far below any real zone.
const MINIMUM_OVERLAP_SQUARE_METRES = 10_000;

function overlapSquareMetres(polygon: Position[][], county: PreparedCounty): number {
  const part = feature<Polygon>({ type: "Polygon", coordinates: polygon });
  if (!booleanIntersects(part, county.feature)) return 0;
  const shared = intersect(featureCollection<Polygon | MultiPolygon>([part, county.feature]));
  return shared ? area(shared) : 0;
}

// Counties are prepared once per collection, however many features are checked against them.
const preparedByCollection = new WeakMap<CountyCollection, PreparedCounty[]>();

/** Sorted adcodes; codes come from the county file, so they are CountyCodes when that file is sound. */
export function countiesTouched(geometry: Geometry, counties: CountyCollection): CountyCode[] {
  const prepared = preparedCounties(counties);
  const touched = new Set<string>();
  const parts = geometryParts(geometry);
  const linear: Geometry = {
    type: "GeometryCollection",
    geometries: [
      { type: "MultiPoint", coordinates: parts.points },
      { type: "MultiLineString", coordinates: parts.lines },
    ],
  };
  for (const county of prepared) {
    if (booleanIntersects(linear, county.feature)) touched.add(county.adcode);
    if (
      parts.polygons.some((polygon) => overlapSquareMetres(polygon, county) >= MINIMUM_OVERLAP_SQUARE_METRES)
    ) {
      touched.add(county.adcode);
    }
  }
  for (const anchor of shoreAnchors(geometry, prepared)) {
    if (anchor.some((position) => prepared.some((county) => inside(county, position)))) continue;
    const nearest = nearestCounty(anchor, prepared);
    if (nearest) touched.add(nearest);
  }
  return [...touched].sort() as CountyCode[];
}

// The groups of positions the shore rule looks at: each point, each line end, and all the vertices of
// a line or polygon part that intersects no county at all.
function shoreAnchors(geometry: Geometry, prepared: readonly PreparedCounty[]): Position[][] {
  const parts = geometryParts(geometry);
  const anchors: Position[][] = parts.points.map((point) => [point]);
  for (const line of parts.lines) {
    const first = line[0];
    const last = line[line.length - 1];
    if (first && last) anchors.push([first], [last]);
    if (!intersectsAny({ type: "LineString", coordinates: line }, prepared)) anchors.push(line);
  }
  for (const polygon of parts.polygons) {
    if (!intersectsAny({ type: "Polygon", coordinates: polygon }, prepared)) anchors.push(polygon.flat());
  }
  return anchors;
}

function intersectsAny(part: Geometry, prepared: readonly PreparedCounty[]): boolean {
  return prepared.some((county) => booleanIntersects(part, county.feature));
}

function nearestCounty(anchor: Position[], prepared: readonly PreparedCounty[]): string | null {
  let best: string | null = null;
  let bestKilometres = SHORE_TOLERANCE_KILOMETRES;
  for (const county of prepared) {
    for (const position of anchor) {
      const kilometres = distanceToBoundaryKilometres(county.prepared, position, bestKilometres);
      if (kilometres <= bestKilometres) {
        best = county.adcode;
        bestKilometres = kilometres;
      }
    }
  }
  return best;
}

function inside(county: PreparedCounty, position: Position): boolean {
  return containsPoint(county.prepared, position[0] as number, position[1] as number);
}

function preparedCounties(counties: CountyCollection): PreparedCounty[] {
  let prepared = preparedByCollection.get(counties);
  if (!prepared) {
    prepared = prepareCounties(counties);
    preparedByCollection.set(counties, prepared);
  }
  return prepared;
}
