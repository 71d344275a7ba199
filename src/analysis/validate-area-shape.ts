// Checks a polygon (drawn by a planner, or a county) before anything is measured or selected with it:
// a self-intersecting or degenerate shape has no meaningful inside, so it is refused, not measured.
import { area, kinks, multiPolygon, polygon } from "@turf/turf";
import type { Feature, MultiPolygon, Polygon, Position } from "geojson";
import {
  distinctCount,
  geometryOf,
  isValidPosition,
  samePosition,
  withoutRepeats,
} from "../geo/position-checks";
import { type AnalysisResult, accepted, type Rejection, rejected } from "./analysis-result";

// Below 1 m² a shape is a slip of the mouse (or three points in a row, whose computed area is only
// rounding noise), never an area a planner means at city scale.
const MIN_AREA_SQUARE_METRES = 1;

const NOT_A_POLYGON = rejected(
  "not-a-polygon",
  "Draw an area (a polygon) first.",
  "请先绘制一个区域（多边形）。",
);
const INVALID = rejected(
  "invalid-coordinates",
  "The shape has coordinates that are not valid longitudes and latitudes.",
  "图形含有无效的经纬度坐标。",
);
const DEGENERATE = rejected(
  "degenerate",
  "The area needs at least three separate corners and some extent.",
  "区域至少需要三个不同的顶点，且面积不能为零。",
);
const SELF_INTERSECTING = rejected(
  "self-intersecting",
  "The outline crosses itself. Redraw it so that its edges do not cross.",
  "区域边界自相交，请重新绘制，使边线互不交叉。",
);

export function validateAreaShape(input: unknown): AnalysisResult<Feature<Polygon | MultiPolygon>> {
  const geometry = geometryOf(input);
  if (!geometry || !Array.isArray(geometry.coordinates)) return NOT_A_POLYGON;
  let parts: unknown[];
  if (geometry.type === "Polygon") parts = [geometry.coordinates];
  else if (geometry.type === "MultiPolygon") parts = geometry.coordinates;
  else return NOT_A_POLYGON;
  if (parts.length === 0) return DEGENERATE;
  const polygons: Position[][][] = [];
  for (const part of parts) {
    const checked = checkPolygon(part);
    if (!Array.isArray(checked)) return checked;
    polygons.push(checked);
  }
  // Each part is checked for kinks on its own: separate parts of a county may touch at a corner.
  // Kinks come before area: a symmetric bow tie's signed halves cancel to zero area.
  for (const rings of polygons) {
    if (kinks(polygon(rings)).features.length > 0) return SELF_INTERSECTING;
  }
  for (const rings of polygons) {
    if (area(polygon(rings)) < MIN_AREA_SQUARE_METRES) return DEGENERATE;
  }
  const shape = polygons.length === 1 ? polygon(polygons[0] as Position[][]) : multiPolygon(polygons);
  return accepted(shape);
}

function checkPolygon(part: unknown): Position[][] | Rejection {
  if (!Array.isArray(part) || part.length === 0) return DEGENERATE;
  const rings: Position[][] = [];
  for (const ring of part) {
    if (!Array.isArray(ring)) return NOT_A_POLYGON;
    if (!ring.every(isValidPosition)) return INVALID;
    const open = withoutRepeats(ring);
    const first = open[0];
    const last = open[open.length - 1];
    if (first && last && open.length > 1 && samePosition(first, last)) open.pop();
    if (distinctCount(open) < 3) return DEGENERATE;
    rings.push([...open, open[0] as Position]);
  }
  return rings;
}
