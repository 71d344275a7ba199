// All the checks of one feature, in the order that lets each rely on the last: structure first, then the
// properties and coordinates, then the plan quote and the counties, which need sound inputs to mean anything.
import type { Geometry } from "geojson";
import { isGeometryObject } from "geojson-validation";
import type { Finding } from "./problem";
import { checkCoordinates } from "./validate-coordinates";
import { checkFeatureShape, isRecord } from "./validate-geojson";
import { checkProperties } from "./validate-properties";
import { checkSourceQuote } from "./validate-source-quote";
import { checkSourceSection } from "./validate-source-section";

export interface FeatureContext {
  // The layer the file is named after (railway.geojson → "railway"), or null.
  layerOfFile: string | null;
  planText?: string;
  // Checks the caller adds (the CLI and tests pass the county comparison, which needs the county
  // polygons and turf's clipping; the app passes none so neither is in its first script).
  checks?: readonly FeatureCheck[];
}

// A further check of a feature whose structure, properties and coordinates are already sound.
export type FeatureCheck = (feature: {
  geometry: Geometry;
  properties: Record<string, unknown>;
}) => Finding[];

export function checkFeature(feature: unknown, context: FeatureContext): Finding[] {
  const findings = checkFeatureShape(feature);
  if (!isRecord(feature)) return findings;
  const properties = isRecord(feature.properties) ? feature.properties : null;
  if (properties) findings.push(...checkProperties(properties, context.layerOfFile));
  const geometry = isGeometryObject(feature.geometry) ? (feature.geometry as Geometry) : null;
  if (geometry) findings.push(...checkCoordinates(geometry));
  const section = properties?.source_section;
  if (typeof section === "string" && section.trim() !== "")
    findings.push(...checkSourceSection(section, context.planText));
  const quote = properties?.source_quote;
  if (context.planText !== undefined && typeof quote === "string" && quote.trim() !== "") {
    findings.push(...checkSourceQuote(quote, context.planText));
  }
  // Further checks are only meaningful for a sound geometry and well-typed properties.
  const sound = !findings.some((found) => found.blocking);
  if (geometry && properties && sound) {
    for (const check of context.checks ?? []) findings.push(...check({ geometry, properties }));
  }
  return findings;
}
