// npm run data:counties [files…] [--counties PATH] [--outline PATH]
// Rewrites each project feature's `counties` and `beyond_city` from its geometry, with the same
// functions `npm run validate` checks them with, so nobody types them by hand. Features whose geometry
// is not valid GeoJSON are left as they are (validate reports them). Files are written only if changed.
import { readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import type { Geometry } from "geojson";
import { isGeometryObject } from "geojson-validation";
import { beyondCity, type CityOutline } from "../src/analysis/beyond-city";
import { countiesTouched } from "../src/analysis/counties-touched";
import type { CountyCollection } from "../src/data/basemap-schema";
import { formatProblem } from "../src/data/problem";
import { formatGeoJson, layoutOf } from "./format-geojson";
import {
  DEFAULT_CITY_OUTLINE,
  DEFAULT_COUNTIES,
  defaultProjectFiles,
  displayName,
  fromCommandLine,
  readAreas,
} from "./project-files";

const USAGE = `Usage: npm run data:counties -- [files…] [--counties PATH] [--outline PATH]

Rewrites properties.counties and properties.beyond_city of every feature from its geometry.
  files            project files (default: data/projects/*.geojson)
  --counties PATH  county polygons (default: data/basemap/counties.geojson)
  --outline PATH   city outline (default: data/basemap/city-outline.geojson when the counties are the
                   default ones, otherwise the union of the given counties)
  --help           print this help`;

interface Feature {
  geometry?: unknown;
  properties?: Record<string, unknown> | null;
}

/** Sets counties and beyond_city on each feature with a valid geometry; returns how many changed. */
function computeCounties(
  collection: { features?: Feature[] },
  counties: CountyCollection,
  outline: CityOutline,
): { changed: number; skipped: number } {
  let changed = 0;
  let skipped = 0;
  for (const feature of collection.features ?? []) {
    const properties = feature.properties;
    if (!properties || typeof properties !== "object" || !isGeometryObject(feature.geometry)) {
      skipped++;
      continue;
    }
    const geometry = feature.geometry as Geometry;
    const before = JSON.stringify([properties.counties, properties.beyond_city]);
    properties.counties = countiesTouched(geometry, counties);
    properties.beyond_city = beyondCity(geometry, outline);
    if (JSON.stringify([properties.counties, properties.beyond_city]) !== before) changed++;
  }
  return { changed, skipped };
}

function main(argv: string[]): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      counties: { type: "string" },
      outline: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const countiesPath = values.counties === undefined ? DEFAULT_COUNTIES : fromCommandLine(values.counties);
  const counties = readAreas<CountyCollection>(countiesPath, "nothing was computed");
  if (!counties.ok) return fail(formatProblem(counties.problem));
  let outline: CityOutline = counties.value;
  if (values.outline !== undefined || values.counties === undefined) {
    const outlinePath = values.outline === undefined ? DEFAULT_CITY_OUTLINE : fromCommandLine(values.outline);
    const read = readAreas<CityOutline>(outlinePath, "nothing was computed");
    if (!read.ok) return fail(formatProblem(read.problem));
    outline = read.value;
  }
  const files = positionals.length > 0 ? positionals.map(fromCommandLine) : defaultProjectFiles();
  if (files.length === 0) return fail("no project files to compute");
  let failures = 0;
  for (const file of files) {
    const name = displayName(file);
    const original = readFileSync(file, "utf8");
    let collection: { features?: Feature[] };
    try {
      collection = JSON.parse(original);
    } catch (error) {
      console.error(
        `${name}: -: file: cannot be read as JSON (${error instanceof Error ? error.message : error})`,
      );
      failures++;
      continue;
    }
    const { changed, skipped } = computeCounties(collection, counties.value, outline);
    const text = formatGeoJson(collection, layoutOf(original));
    if (text !== original) writeFileSync(file, text);
    const skippedNote = skipped > 0 ? `, ${skipped} skipped for an invalid geometry or properties` : "";
    console.log(`${name}: ${changed} of ${collection.features?.length ?? 0} features changed${skippedNote}`);
  }
  return failures > 0 ? 1 : 0;
}

function fail(message: string): number {
  console.error(message);
  return 1;
}

process.exitCode = main(process.argv.slice(2));
