// The last step every file reader shares: check each raw feature (keeping the good ones, naming the bad
// and flagging positions outside the region) and report the file's result.
import type { Feature } from "geojson";
import { acceptFeatures, type FeatureChecks } from "./accept-features";
import { importResult } from "./import-result";
import type { ImportFormat, ImportMessage, ImportOptions, ImportOutcome } from "./import-types";
import { problemCollector } from "./problem-collector";

export function readFeatures(
  format: ImportFormat,
  fileName: string,
  raw: readonly unknown[],
  options: ImportOptions,
  notes: ImportMessage[],
  flag?: FeatureChecks["flag"],
): ImportOutcome {
  const problems = problemCollector();
  const flagged = problemCollector();
  const features: Feature[] = acceptFeatures(raw, {
    coordinateSystem: options.coordinateSystem ?? "WGS84",
    problems,
    flagged,
    flag,
  });
  return importResult({ format, fileName, total: raw.length, features, problems, flagged, notes });
}
