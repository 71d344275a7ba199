// properties.counties and beyond_city must be what the geometry says, so nobody's hand-typed list can
// drift from the map. `npm run data:counties` writes both; this only compares.
import type { Geometry } from "geojson";
import { beyondCity, type CityOutline } from "../analysis/beyond-city";
import { countiesTouched } from "../analysis/counties-touched";
import type { CountyCollection } from "../analysis/county-types";
import { SHORE_TOLERANCE_KILOMETRES } from "../analysis/shore-distance";
import { type Finding, finding } from "./problem";

const FIX = "run npm run data:counties to rewrite it from the geometry";

/** Expects properties whose counties and beyond_city already have the right types. */
export function checkCounties(
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
