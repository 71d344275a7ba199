// The property contract of src/data/project-schema.ts: required fields and their types, the closed
// vocabularies, the id pattern and county codes. Documented optional extras are checked by
// validate-optional-properties; any other key is reported but does not drop the feature (see there).
import { type Finding, finding, shown } from "./problem";
import {
  COUNTY_CODES,
  ID_PATTERN,
  LAYERS,
  PILLARS,
  PRECISIONS,
  STATUSES,
  TEXT_LIMITS,
} from "./project-schema";
import { checkExtraProperties } from "./validate-optional-properties";

const TEXT_FIELDS = [
  "id",
  "name_zh",
  "name_en",
  "target_zh",
  "target_en",
  "source_quote",
  "source_section",
  "source_quote_en",
  "source_section_en",
];
const ENUM_FIELDS: Record<string, readonly string[]> = {
  pillar: PILLARS,
  layer: LAYERS,
  status: STATUSES,
  precision: PRECISIONS,
};
export const REQUIRED_FIELDS = [...TEXT_FIELDS, ...Object.keys(ENUM_FIELDS), "counties", "beyond_city"];

const HAN = /\p{Script=Han}/u;

/**
 * @param layerOfFile the layer a file named after one (railway.geojson…) holds, or null for any other
 *   file name, whose features may be of any layer.
 */
export function checkProperties(properties: Record<string, unknown>, layerOfFile: string | null): Finding[] {
  const findings: Finding[] = [];
  for (const field of REQUIRED_FIELDS) {
    if (!(field in properties)) findings.push(finding(field, "missing; it is a required property"));
  }
  for (const field of TEXT_FIELDS) {
    if (field in properties) findings.push(...checkText(field, properties[field]));
  }
  for (const [field, allowed] of Object.entries(ENUM_FIELDS)) {
    const value = properties[field];
    if (field in properties && !allowed.includes(value as string)) {
      findings.push(finding(field, `${shown(value)} is not one of ${allowed.join(", ")}`));
    }
  }
  if (layerOfFile && typeof properties.layer === "string" && properties.layer !== layerOfFile) {
    findings.push(
      finding(
        "layer",
        `${shown(properties.layer)} in the ${layerOfFile} file; each layer file holds only its layer`,
      ),
    );
  }
  if (typeof properties.id === "string" && properties.id !== "" && !ID_PATTERN.test(properties.id)) {
    findings.push(
      finding(
        "id",
        `${shown(properties.id)} must be lowercase letters and digits in words joined by single hyphens`,
      ),
    );
  }
  if ("counties" in properties) findings.push(...checkCountyCodes(properties.counties));
  if ("beyond_city" in properties && typeof properties.beyond_city !== "boolean") {
    findings.push(finding("beyond_city", `${shown(properties.beyond_city)} must be true or false`));
  }
  findings.push(...checkExtraProperties(properties, REQUIRED_FIELDS));
  return findings;
}

/** Non-empty, trimmed text; *_zh fields in Chinese and *_en fields free of Chinese characters. */
export function checkText(field: string, value: unknown): Finding[] {
  if (typeof value !== "string") return [finding(field, `${shown(value)} must be a string`)];
  if (value.trim() === "") return [finding(field, "is empty")];
  if (value.trim() !== value) return [finding(field, `${shown(value)} has leading or trailing spaces`)];
  const limit = TEXT_LIMITS[field];
  const length = [...value].length;
  if (limit !== undefined && length > limit)
    return [finding(field, `is ${length} characters long; at most ${limit} are allowed`)];
  if (field.endsWith("_zh") && !HAN.test(value)) {
    return [finding(field, `${shown(value)} has no Chinese characters; it should be the Chinese text`)];
  }
  if (field.endsWith("_en") && HAN.test(value)) {
    return [finding(field, `${shown(value)} contains Chinese characters; it should be the English text`)];
  }
  return [];
}

function checkCountyCodes(value: unknown): Finding[] {
  if (!Array.isArray(value)) return [finding("counties", `${shown(value)} must be an array of county codes`)];
  const unknown = value.filter((code) => !(COUNTY_CODES as readonly unknown[]).includes(code));
  if (unknown.length > 0) {
    return [
      finding(
        "counties",
        `${unknown.map(shown).join(", ")} ${unknown.length === 1 ? "is not a county code" : "are not county codes"} of Jiaxing (${COUNTY_CODES.join(", ")})`,
      ),
    ];
  }
  if (new Set(value).size !== value.length)
    return [finding("counties", `${shown(value)} lists a county twice`)];
  return [];
}
