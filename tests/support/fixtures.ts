// Test-only: the fixtures under tests/fixtures, read relative to this file so tests run from anywhere.
// Not imported by the app.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Feature, Geometry } from "geojson";
import type { CityOutline, CountyCollection } from "../../src/data/basemap-schema";

export function fixturePath(relativePath: string): string {
  return fileURLToPath(new URL(`../fixtures/${relativePath}`, import.meta.url));
}

export function fixtureText(relativePath: string): string {
  return readFileSync(fixturePath(relativePath), "utf8");
}

// Two 0.1° squares side by side: 330402 over 120.7–120.8°E and 330411 over 120.8–120.9°E, both
// 30.7–30.8°N; the city outline is their union.
export const fixtureCounties = JSON.parse(fixtureText("counties/counties.geojson")) as CountyCollection;
export const fixtureOutline = JSON.parse(fixtureText("counties/city-outline.geojson")) as CityOutline;
export const fixturePlan = fixtureText("plan.zh.txt");

/** The first feature of tests/fixtures/valid/railway.geojson, fresh each call so a test may change it. */
export function validFeature(): Feature<Geometry, Record<string, unknown>> & { id: string } {
  return JSON.parse(fixtureText("valid/railway.geojson")).features[0];
}
