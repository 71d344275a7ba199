// properties.counties and beyond_city must be what the geometry says, so nobody's hand-typed list can
// drift from the map. `npm run data:counties` writes both; this only compares. The CLI and the tests
// hand it to the validator as an extra check; the app never has the county polygons at validation time.
import type { Geometry } from "geojson";
import type { CountyCollection } from "../data/basemap-schema";
import { type Finding, finding } from "../data/problem";
import { COUNTY_CODES } from "../data/project-schema";
import type { FeatureCheck } from "../data/validate-feature";
import { beyondCity, type CityOutline } from "./beyond-city";
import { countiesTouched } from "./counties-touched";
import { SHORE_TOLERANCE_KILOMETRES } from "./shore-distance";

const FIX = "run npm run data:counties to rewrite it from the geometry";

/** The check of counties and beyond_city against these county polygons (and the city outline, whose
 * stand-in is the union of the counties). */
export function countyCheck(counties: CountyCollection, outline: CityOutline = counties): FeatureCheck {
  return ({ geometry, properties }) =>
    hasCountyFields(properties) ? checkCounties({ geometry, properties }, counties, outline) : [];
}

function checkCounties(
  feature: { geometry: Geometry; properties: { counties: string[]; beyond_city: boolean } },
  counties: CountyCollection,
  outline: CityOutline,
): Finding[] {
  const findings: Finding[] = [];
  const computed = countiesTouched(feature.geometry, counties);
  const listed = feature.properties.counties;
  const missing = computed.filter((code) => !listed.includes(code));
  const extra = listed.filter((code) => !(computed as string[]).includes(code));
  if (missing.length > 0 || extra.length > 0) {
    const parts = [
      missing.length > 0 ? `missing ${missing.join(", ")}, which the geometry touches` : "",
      extra.length > 0 ? `lists ${extra.join(", ")}, which the geometry does not touch` : "",
    ].filter(Boolean);
    findings.push(finding("counties", `${JSON.stringify(listed)} is wrong: ${parts.join("; ")}; ${FIX}`));
  }
  const computedBeyond = beyondCity(feature.geometry, outline);
  if (computedBeyond !== feature.properties.beyond_city) {
    const reach = computedBeyond
      ? `part of the geometry lies more than ${SHORE_TOLERANCE_KILOMETRES} km outside the city`
      : `the whole geometry lies within ${SHORE_TOLERANCE_KILOMETRES} km of the city`;
    findings.push(finding("beyond_city", `is ${feature.properties.beyond_city} but ${reach}; ${FIX}`));
  }
  return findings;
}

// Comparing counties is only meaningful for well-typed listed values; the schema check reports the rest.
function hasCountyFields(
  properties: Record<string, unknown>,
): properties is Record<string, unknown> & { counties: string[]; beyond_city: boolean } {
  return (
    Array.isArray(properties.counties) &&
    properties.counties.every((code) => (COUNTY_CODES as readonly unknown[]).includes(code)) &&
    typeof properties.beyond_city === "boolean"
  );
}
