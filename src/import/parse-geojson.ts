// Reads GeoJSON: a FeatureCollection, a single Feature, or a bare geometry. A bare geometry is wrapped
// as one feature, with a note saying so, rather than refused: it is still a shape the user wants to see.
// Files with a "crs" member naming anything but WGS84 longitude/latitude are refused, since their
// numbers are not degrees.
import { MAX_FEATURES } from "./import-limits";
import { refusal } from "./import-result";
import type { ImportMessage, ImportOptions, ImportOutcome } from "./import-types";
import { readFeatures } from "./read-features";

const GEOMETRY_TYPES = new Set([
  "Point",
  "MultiPoint",
  "LineString",
  "MultiLineString",
  "Polygon",
  "MultiPolygon",
  "GeometryCollection",
]);
// Names of WGS84 longitude/latitude in the old (2008) GeoJSON "crs" member.
const WGS84_NAMES = /(CRS84|EPSG:+4326|WGS.?84)$/i;
// JSON has no NaN or Infinity; some tools write them anyway. Outside strings they make JSON.parse fail.
const NOT_A_NUMBER = /[:,[]\s*-?(NaN|Infinity)\b/;

export function parseGeojson(
  text: string,
  fileName: string,
  options: ImportOptions = {},
  notes: ImportMessage[] = [],
): ImportOutcome {
  if (text.trim() === "") return refusal("empty-file");
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    if (NOT_A_NUMBER.test(text)) return refusal("json-not-a-number");
    return refusal("invalid-json", { detail: String((error as Error).message).slice(0, 120) });
  }
  if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) {
    return refusal("not-geojson", { type: Array.isArray(parsed) ? "array" : typeof parsed });
  }
  const root = parsed as { type?: unknown; features?: unknown; crs?: unknown };
  const crs = crsName(root.crs);
  if (crs && !WGS84_NAMES.test(crs)) return refusal("unsupported-crs", { crs: crs.slice(0, 80) });
  const allNotes = [...notes];
  let raw: unknown[];
  if (root.type === "FeatureCollection" && Array.isArray(root.features)) raw = root.features;
  else if (root.type === "Feature") raw = [root];
  else if (typeof root.type === "string" && GEOMETRY_TYPES.has(root.type)) {
    raw = [{ type: "Feature", geometry: root, properties: {} }];
    allNotes.push({ code: "bare-geometry-wrapped", values: { type: root.type } });
  } else return refusal("not-geojson", { type: String(root.type).slice(0, 40) });
  if (raw.length === 0) return refusal("no-features");
  if (raw.length > MAX_FEATURES)
    return refusal("too-many-features", { count: raw.length, limit: MAX_FEATURES });
  return readFeatures("geojson", fileName, raw, options, allNotes);
}

function crsName(crs: unknown): string | null {
  if (!crs || typeof crs !== "object") return null;
  const name = (crs as { properties?: { name?: unknown } }).properties?.name;
  return typeof name === "string" ? name : null;
}
