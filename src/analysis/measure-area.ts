// The area of a drawn polygon in km² (geodesic, turf area), refused when the outline is unusable.
import { area } from "@turf/turf";
import { type AnalysisResult, accepted } from "./analysis-result";
import { validateAreaShape } from "./validate-area-shape";

export function measureArea(shape: unknown): AnalysisResult<number> {
  const checked = validateAreaShape(shape);
  if (!checked.ok) return checked;
  // turf area is in m²; 1 km² = 1e6 m².
  return accepted(area(checked.value) / 1e6);
}
