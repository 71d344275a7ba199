// The length of a drawn path in kilometres, measured along the ground (geodesic, turf length).
import { length } from "@turf/turf";
import { type AnalysisResult, accepted } from "./analysis-result";
import { validatePath } from "./validate-path";

export function measureDistance(path: unknown): AnalysisResult<number> {
  const checked = validatePath(path);
  if (!checked.ok) return checked;
  return accepted(length(checked.value, { units: "kilometers" }));
}
