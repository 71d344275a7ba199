// All the checks of one feature, in the order that lets each rely on the last: structure first, then the
// properties and coordinates, then the plan quote and the counties, which need sound inputs to mean anything.
import type { Geometry } from "geojson";
import { isGeometryObject } from "geojson-validation";
import type { CityOutline } from "../analysis/beyond-city";
import type { CountyCollection } from "../analysis/county-types";
import type { Finding } from "./problem";
import { COUNTY_CODES } from "./project-schema";
import { checkCoordinates } from "./validate-coordinates";
import { checkCounties } from "./validate-counties";
import { checkFeatureShape, isRecord } from "./validate-geojson";
import { checkProperties } from "./validate-properties";
import { checkSourceQuote } from "./validate-source-quote";
import { checkSourceSection } from "./validate-source-section";

export interface FeatureContext {
  // The layer the file is named after (railway.geojson → "railway"), or null.
  layerOfFile: string | null;
  planText?: string;
  counties?: CountyCollection;
  cityOutline?: CityOutline;
}

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
  // Comparing counties is only meaningful for a sound geometry and well-typed listed values.
  const sound = !findings.some((found) => found.blocking);
  if (context.counties && geometry && properties && sound && hasCountyFields(properties)) {
    findings.push(
      ...checkCounties({ geometry, properties }, context.counties, context.cityOutline ?? context.counties),
    );
  }
  return findings;
}

function hasCountyFields(
  properties: Record<string, unknown>,
): properties is Record<string, unknown> & { counties: string[]; beyond_city: boolean } {
  return (
    Array.isArray(properties.counties) &&
    properties.counties.every((code) => (COUNTY_CODES as readonly unknown[]).includes(code)) &&
    typeof properties.beyond_city === "boolean"
  );
}
