// GeoJSON structure: geojson-validation for the types and coordinates arrays, plus what the contract
// (data/README.md) adds to RFC 7946: no foreign members (and no bbox or crs), a geometry on every feature,
// and feature id = properties.id.
import { isFeature, isFeatureCollection } from "geojson-validation";
import { type Finding, finding, shown } from "./problem";

const COLLECTION_MEMBERS = new Set(["type", "features"]);
const FEATURE_MEMBERS = new Set(["type", "id", "geometry", "properties"]);

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export interface CollectionShape {
  // The features to check one by one, or null when the file is not a usable FeatureCollection.
  features: unknown[] | null;
  findings: Finding[];
}

export function checkCollectionShape(input: unknown): CollectionShape {
  if (!isRecord(input)) {
    return {
      features: null,
      findings: [finding("type", `the file holds ${kindOf(input)}, not a FeatureCollection`)],
    };
  }
  if (input.type !== "FeatureCollection") {
    return {
      features: null,
      findings: [finding("type", `is ${shown(input.type)}; it must be "FeatureCollection"`)],
    };
  }
  if (!Array.isArray(input.features)) {
    return { features: null, findings: [finding("features", "must be an array of features")] };
  }
  // The features are checked one by one below, so each fault names its feature; here only the collection.
  const errors = isFeatureCollection({ ...input, features: [] }, true);
  const findings = errors.map((error) => finding(fieldOf(error), `not valid GeoJSON: ${error}`));
  // Foreign members do not make the features unusable, so they are reported without dropping anything.
  for (const member of Object.keys(input)) {
    if (!COLLECTION_MEMBERS.has(member)) findings.push(foreignMember(member, "FeatureCollection", false));
  }
  return { features: input.features, findings };
}

/** Structure of one feature; the geometry's coordinates are checked only if this finds nothing blocking. */
export function checkFeatureShape(feature: unknown): Finding[] {
  if (!isRecord(feature)) return [finding("feature", `is ${kindOf(feature)}, not a Feature object`)];
  const findings: Finding[] = isFeature(feature, true).map((error) =>
    finding(fieldOf(error), describe(error)),
  );
  for (const member of Object.keys(feature)) {
    if (!FEATURE_MEMBERS.has(member)) findings.push(foreignMember(member, "Feature", true));
  }
  if (feature.geometry === null) {
    findings.push(finding("geometry", "is null; every project of the map needs a geometry"));
  }
  if (!isRecord(feature.properties)) {
    findings.push(finding("properties", `is ${kindOf(feature.properties)}; it must be an object`));
  }
  findings.push(...checkFeatureId(feature));
  return findings;
}

function checkFeatureId(feature: Record<string, unknown>): Finding[] {
  const propertiesId = isRecord(feature.properties) ? feature.properties.id : undefined;
  if (!("id" in feature)) {
    return [
      finding("id", `the feature has no top-level "id"; it must equal properties.id ${shown(propertiesId)}`),
    ];
  }
  if (typeof propertiesId === "string" && feature.id !== propertiesId) {
    return [
      finding("id", `the feature id ${shown(feature.id)} differs from properties.id ${shown(propertiesId)}`),
    ];
  }
  return [];
}

function foreignMember(member: string, where: string, blocking: boolean): Finding {
  const why =
    member === "crs"
      ? "RFC 7946 removed crs: coordinates are always WGS84 longitude, latitude"
      : `the contract allows only ${[...(where === "Feature" ? FEATURE_MEMBERS : COLLECTION_MEMBERS)].join(", ")}`;
  return finding(member, `foreign member on the ${where}; ${why}`, blocking);
}

// geojson-validation reports geometry faults in words like "Position must be…"; they belong to geometry.
function fieldOf(error: string): string {
  if (/properties/.test(error)) return "properties";
  if (/"geometry"/.test(error)) return "geometry";
  if (/type must be "Feature"/.test(error)) return "type";
  if (/bbox/i.test(error)) return "bbox";
  return "geometry";
}

function describe(error: string): string {
  return `not valid GeoJSON: ${error.charAt(0).toLowerCase()}${error.slice(1)}`;
}

function kindOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}
