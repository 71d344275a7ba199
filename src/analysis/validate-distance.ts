// Checks a distance N (km) typed by a planner before any buffer is drawn with it.
import { type AnalysisResult, accepted, rejected } from "./analysis-result";

// Jiaxing is about 96 km east–west (1.0° of longitude × 111.2 km × cos 30.7°) and 89 km north–south
// (0.8° × 111.2 km). Beyond 50 km a single project's buffer reaches past half the city in every
// direction, so every county's share sits near 1 and says nothing, while the buffers grow ever more
// costly and reach into neighbouring cities whose land is not measured.
export const MAX_DISTANCE_KILOMETRES = 50;
// Below 100 m the figure would claim more than the project lines can give: most are traced from plan
// maps, hundreds of metres from the built line. It also bounds the tiling work (tiles of N / 4).
export const MIN_DISTANCE_KILOMETRES = 0.1;
// The default catchment: 5 km, about a 10-minute drive to a station or an interchange.
export const DEFAULT_DISTANCE_KILOMETRES = 5;

export function validateDistance(input: unknown): AnalysisResult<number> {
  const value = typeof input === "string" && input.trim() !== "" ? Number(input.trim()) : input;
  if (typeof value !== "number" || Number.isNaN(value)) {
    return rejected(
      "not-a-number",
      `The distance must be a number of kilometres between ${MIN_DISTANCE_KILOMETRES} and ${MAX_DISTANCE_KILOMETRES}.`,
      `距离须为 ${MIN_DISTANCE_KILOMETRES} 至 ${MAX_DISTANCE_KILOMETRES} 之间的公里数。`,
    );
  }
  if (value <= 0) {
    return rejected("not-positive", "The distance must be greater than 0 km.", "距离须大于 0 公里。");
  }
  if (value < MIN_DISTANCE_KILOMETRES) {
    return rejected(
      "too-small",
      `The distance must be at least ${MIN_DISTANCE_KILOMETRES} km: the project lines are not drawn more precisely than that.`,
      `距离至少为 ${MIN_DISTANCE_KILOMETRES} 公里：项目线位的精度达不到更小的距离。`,
    );
  }
  if (value > MAX_DISTANCE_KILOMETRES) {
    return rejected(
      "too-large",
      `The distance may be at most ${MAX_DISTANCE_KILOMETRES} km: beyond that every county is almost wholly covered and the share says nothing.`,
      `距离最多为 ${MAX_DISTANCE_KILOMETRES} 公里：超过此值各区县几乎全部被覆盖，比例失去意义。`,
    );
  }
  return accepted(value);
}
