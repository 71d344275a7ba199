// Checks a drawn path before it is measured: it needs valid coordinates and two separate points.
import { lineString } from "@turf/turf";
import type { Feature, LineString } from "geojson";
import { distinctCount, geometryOf, isValidPosition, withoutRepeats } from "../geo/position-checks";
import { type AnalysisResult, accepted, rejected } from "./analysis-result";

export function validatePath(input: unknown): AnalysisResult<Feature<LineString>> {
  const geometry = geometryOf(input);
  if (geometry?.type !== "LineString" || !Array.isArray(geometry.coordinates)) {
    return rejected("not-a-path", "Draw a path (a line) first.", "请先绘制一条路径（折线）。");
  }
  if (!geometry.coordinates.every(isValidPosition)) {
    return rejected(
      "invalid-coordinates",
      "The path has coordinates that are not valid longitudes and latitudes.",
      "路径含有无效的经纬度坐标。",
    );
  }
  const positions = withoutRepeats(geometry.coordinates);
  if (distinctCount(positions) < 2) {
    return rejected(
      "degenerate",
      "The path needs at least two separate points.",
      "路径至少需要两个不同的点。",
    );
  }
  return accepted(lineString(positions));
}
