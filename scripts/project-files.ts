// What scripts/validate.ts and scripts/compute-counties.ts read from disk: the project files, the plan
// text and the county and city polygons. Defaults resolve from the repository root, never the machine.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { relative, resolve } from "node:path";
import { valid } from "geojson-validation";
import type { CityOutline, CountyCollection } from "../src/data/basemap-schema";
import { type Problem, problem } from "../src/data/problem";
import { repositoryPath } from "./basemap/paths";

export const DEFAULT_PROJECT_DIRECTORY = repositoryPath("data/projects/");
export const DEFAULT_PLAN = repositoryPath("../shared/source/jiaxing-2020-plan.zh.txt");
export const DEFAULT_COUNTIES = repositoryPath("data/basemap/counties.geojson");
export const DEFAULT_CITY_OUTLINE = repositoryPath("data/basemap/city-outline.geojson");

/** Paths given on the command line are relative to where the command runs, as a shell user expects. */
export function fromCommandLine(path: string): string {
  return resolve(process.cwd(), path);
}

/** How a file is named in messages: relative to the working directory, so it can be opened from there. */
export function displayName(path: string): string {
  return relative(process.cwd(), path) || path;
}

/** data/projects/*.geojson, sorted so runs are reproducible. */
export function defaultProjectFiles(): string[] {
  return projectFilesIn(DEFAULT_PROJECT_DIRECTORY);
}

/** A project directory's *.geojson files (the build's may be swapped by PROJECT_DATA_DIR), sorted; none if
 * the directory is missing. */
export function projectFilesIn(directory: string): string[] {
  if (!existsSync(directory)) return [];
  return readdirSync(directory)
    .filter((name) => name.endsWith(".geojson"))
    .sort()
    .map((name) => resolve(directory, name));
}

export type Read<T> = { ok: true; value: T } | { ok: false; problem: Problem };

export function readText(path: string, consequence: string): Read<string> {
  if (!existsSync(path)) return failed(path, `missing; ${consequence}`);
  return { ok: true, value: readFileSync(path, "utf8") };
}

/** A FeatureCollection of (Multi)Polygons: the counties (adcode on each) or the city outline. */
export function readAreas<T extends CountyCollection | CityOutline>(
  path: string,
  consequence: string,
): Read<T> {
  const text = readText(path, consequence);
  if (!text.ok) return text;
  let json: unknown;
  try {
    json = JSON.parse(text.value);
  } catch (error) {
    return failed(path, `not valid JSON (${error instanceof Error ? error.message : error}); ${consequence}`);
  }
  const errors = valid(json, true);
  if (errors.length > 0) return failed(path, `not valid GeoJSON (${errors[0]}); ${consequence}`);
  const collection = json as { type: string; features?: { geometry: { type: string } | null }[] };
  const areas = collection.features?.every((feature) => /Polygon$/.test(feature.geometry?.type ?? ""));
  if (collection.type !== "FeatureCollection" || !areas) {
    return failed(path, `not a FeatureCollection of polygons; ${consequence}`);
  }
  return { ok: true, value: json as T };
}

function failed(path: string, message: string): { ok: false; problem: Problem } {
  return { ok: false, problem: problem(displayName(path), null, "file", message) };
}
