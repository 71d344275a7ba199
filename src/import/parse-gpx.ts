// Reads GPX (GPS loggers, 两步路, 六只脚) with togeojson: waypoints become points, routes and tracks
// become lines. Counted before conversion, like KML.
import { gpx } from "@tmcw/togeojson";
import { MAX_FEATURES } from "./import-limits";
import { refusal } from "./import-result";
import type { ImportMessage, ImportOptions, ImportOutcome } from "./import-types";
import { parseXml } from "./parse-xml";
import { readFeatures } from "./read-features";

export function parseGpx(
  text: string,
  fileName: string,
  options: ImportOptions = {},
  notes: ImportMessage[] = [],
): ImportOutcome {
  if (text.trim() === "") return refusal("empty-file");
  const parsed = parseXml(text);
  if (!parsed.ok) return refusal("invalid-xml", { detail: parsed.detail });
  const count = ["wpt", "rte", "trk"].reduce(
    (sum, tag) => sum + parsed.document.getElementsByTagName(tag).length,
    0,
  );
  if (count === 0) return refusal("gpx-no-features");
  if (count > MAX_FEATURES) return refusal("too-many-features", { count, limit: MAX_FEATURES });
  // Per-point times and heart rates would become long JSON strings on every track: left out.
  const raw = gpx(parsed.document).features.map((feature) => {
    const { coordinateProperties: _omitted, ...properties } = feature.properties ?? {};
    return { ...feature, properties };
  });
  return readFeatures("gpx", fileName, raw, options, notes);
}
