// The features of a set (e.g. all rail projects) indexed for "how far is the nearest one?" questions:
// every line segment, polygon edge and point goes into a packed R-tree (flatbush), searched nearest
// first, so a query reads only what is within reach. Polygon features also count as distance 0
// everywhere inside them (their boxes in a second tree).
import type Flatbush from "flatbush";
import type { Feature, Position } from "geojson";
import { geometryParts } from "../geo/geometry-parts";
import {
  cosineOfLatitude,
  KILOMETRES_PER_DEGREE,
  keepNearerSegment,
  type NearestOnSegment,
} from "../geo/local-distance";
import { containsPoint, type PreparedPolygon, preparePolygon, segmentTree } from "./prepared-polygon";

export interface ProximityIndex {
  // Segment i runs from (segments[4i], segments[4i+1]) to (segments[4i+2], segments[4i+3]), degrees.
  segments: Float64Array;
  // Bounds of every segment end, degrees (±Infinity when there are no segments).
  west: number;
  south: number;
  east: number;
  north: number;
  // Longitudes are stored times this factor (the cosine of a latitude beyond the most poleward segment
  // by more than the largest N), so the tree's distances, in degrees of latitude, never overstate the
  // ground distance to a point within reach.
  xScale: number;
  segmentTree: Flatbush | null;
  polygons: PreparedPolygon[];
  polygonTree: Flatbush | null;
}

// Beyond the largest N the planner accepts (50 km, analysis/validate-distance.ts), in degrees of latitude.
const REACH_MARGIN_DEGREES = 0.5;

export function buildProximityIndex(
  features: readonly Feature[],
  // Kept for callers that size their questions by N; an R-tree needs no cell size.
  _distanceKilometres?: number,
): ProximityIndex {
  const coordinates: number[] = [];
  const polygons: PreparedPolygon[] = [];
  const addSegment = (a: Position, b: Position) =>
    coordinates.push(a[0] as number, a[1] as number, b[0] as number, b[1] as number);
  for (const feature of features) {
    const parts = geometryParts(feature.geometry);
    for (const point of parts.points) addSegment(point, point);
    for (const ring of [...parts.lines, ...parts.polygons.flat()]) {
      for (let index = 0; index + 1 < ring.length; index++)
        addSegment(ring[index] as Position, ring[index + 1] as Position);
      if (ring.length === 1) addSegment(ring[0] as Position, ring[0] as Position);
    }
    if (parts.polygons.length > 0) polygons.push(preparePolygon(parts.polygons));
  }
  const segments = Float64Array.from(coordinates);
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  for (let index = 0; index < segments.length; index += 2) {
    west = Math.min(west, segments[index] as number);
    east = Math.max(east, segments[index] as number);
    south = Math.min(south, segments[index + 1] as number);
    north = Math.max(north, segments[index + 1] as number);
  }
  const poleward = Math.max(Math.abs(south), Math.abs(north)) + REACH_MARGIN_DEGREES;
  const xScale = segments.length === 0 ? 1 : Math.max(cosineOfLatitude(Math.min(poleward, 89.9)), 1e-6);
  return {
    segments,
    west,
    south,
    east,
    north,
    xScale,
    segmentTree: segmentTree(segments, xScale),
    polygons,
    polygonTree: polygonBoxes(polygons),
  };
}

function polygonBoxes(polygons: readonly PreparedPolygon[]) {
  if (polygons.length === 0) return null;
  const boxes = new Float64Array(polygons.length * 4);
  polygons.forEach((polygon, index) => {
    boxes.set([polygon.west, polygon.south, polygon.east, polygon.north], index * 4);
  });
  // A box is a "segment" from its south-west to its north-east corner: the same tree builder.
  return segmentTree(boxes);
}

// The nearest feature to (x, y) within limitKilometres (distance Infinity when none), stopping at the
// first one within enoughKilometres, since the caller then needs no more.
export function nearestFeature(
  index: ProximityIndex,
  x: number,
  y: number,
  enoughKilometres: number,
  limitKilometres: number,
  into: NearestOnSegment,
): NearestOnSegment {
  into.distanceKilometres = Infinity;
  for (const polygon of index.polygonTree?.search(x, y, x, y) ?? []) {
    if (containsPoint(index.polygons[polygon] as PreparedPolygon, x, y)) {
      into.distanceKilometres = 0;
      into.x = x;
      into.y = y;
      return into;
    }
  }
  if (!index.segmentTree) return into;
  const cosLatitude = cosineOfLatitude(y);
  const candidate: NearestOnSegment = { distanceKilometres: Infinity, x: 0, y: 0 };
  // The tree's distance is at most the ground distance (see xScale), so nothing within the limit is
  // left out; segments come nearest first, and the search ends at the first one that is near enough.
  index.segmentTree.neighbors(x * index.xScale, y, 1, limitKilometres / KILOMETRES_PER_DEGREE, (segment) => {
    const distance = keepNearerSegment(
      index.segments,
      segment,
      x,
      y,
      cosLatitude,
      limitKilometres,
      candidate,
      into,
    );
    return distance <= enoughKilometres;
  });
  return into;
}
