// npm run validate [files…] [--plan PATH] [--counties PATH] [--outline PATH]
// Runs the app's own validation (src/data/validate-collection.ts) over the project files with everything
// the app does not have at hand: the plan text for source quotes and the county polygons for counties
// and beyond_city. Prints one problem per line, then a summary; exits 1 on any problem.
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import type { FeatureCollection, Position } from "geojson";
import { countyCheck } from "../src/analysis/county-check";
import type { CityOutline, CountyCollection } from "../src/data/basemap-schema";
import { validateNotMapped } from "../src/data/not-mapped-schema";
import { formatProblem, type Problem, problem } from "../src/data/problem";
import { isoDay } from "../src/data/progress-dates";
import type { ProjectFeature, ProjectProperties } from "../src/data/project-schema";
import { validateCollection } from "../src/data/validate-collection";
import { validateProgressText } from "../src/data/validate-progress";
import { validateTour } from "../src/data/validate-tour";
import { slideShows } from "../src/filters/slide-filters";
import { describeDivergence, findCourseDivergences } from "./courses/course-divergence";
import { NOT_MAPPED_PATH } from "./plan-paths";
import {
  DEFAULT_CITY_OUTLINE,
  DEFAULT_COUNTIES,
  DEFAULT_PLAN,
  DEFAULT_PROJECT_DIRECTORY,
  defaultProjectFiles,
  displayName,
  fromCommandLine,
  readAreas,
  readText,
} from "./project-files";
import { checkTownsOnLines, type NamedLine, readTowns } from "./towns/towns-on-lines";

const USAGE = `Usage: npm run validate -- [files…] [--plan PATH] [--counties PATH] [--outline PATH]

Checks project GeoJSON files against the data contract (src/data/project-schema.ts).
  files            project files (default: data/projects/*.geojson, and then data/tour.json and
                   data/progress.json against them, and data/plan/not-mapped.json against the plan)
  --plan PATH      plan text every source_quote must occur in
                   (default: ../shared/source/jiaxing-2020-plan.zh.txt from the repository root)
  --counties PATH  county polygons for counties and beyond_city (default: data/basemap/counties.geojson)
  --outline PATH   city outline for beyond_city (default: data/basemap/city-outline.geojson when the
                   counties are the default ones, otherwise the union of the given counties)
  --help           print this help
Prints one problem per line as "file: feature id: field: what is wrong", then a summary.
Exits 1 if there is any problem, 0 otherwise.`;

/** The command: prints problems and a summary, returns the exit code. Exported for in-process tests. */
export function main(argv: string[]): number {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : error}\n\n${USAGE}`);
    return 2;
  }
  if (parsed.values.help) {
    console.log(USAGE);
    return 0;
  }
  const { values, positionals } = parsed;
  const problems: Problem[] = [];
  const keep = <T>(read: { ok: true; value: T } | { ok: false; problem: Problem }): T | undefined => {
    if (read.ok) return read.value;
    problems.push(read.problem);
    return undefined;
  };
  const planText = keep(readText(path(values.plan, DEFAULT_PLAN), "source quotes were not checked"));
  const counties = keep(
    readAreas<CountyCollection>(
      path(values.counties, DEFAULT_COUNTIES),
      "counties and beyond_city were not checked",
    ),
  );
  const cityOutline = chooseOutline(values.outline, values.counties !== undefined, problems);
  const files = positionals.length > 0 ? positionals.map(fromCommandLine) : defaultProjectFiles();
  if (files.length === 0) {
    problems.push(
      problem(displayName(DEFAULT_PROJECT_DIRECTORY), null, "file", "no project files (*.geojson)"),
    );
  }
  const seenIds = new Set<string>();
  let featureCount = 0;
  let validCount = 0;
  const validProjects: ProjectProperties[] = [];
  const validFeatures: ProjectFeature[] = [];
  const namedLines: NamedLine[] = [];
  for (const file of files) {
    const text = keep(readText(file, "it was not validated"));
    if (text === undefined) continue;
    const result = validateCollection(text, {
      fileName: displayName(file),
      planText,
      checks: counties ? [countyCheck(counties, cityOutline ?? counties)] : [],
      seenIds,
    });
    featureCount += countFeatures(text);
    validCount += result.features.length;
    validProjects.push(...result.features.map((feature) => feature.properties));
    validFeatures.push(...result.features);
    namedLines.push(...result.features.map((feature) => namedLine(displayName(file), feature)));
    problems.push(...result.problems);
  }
  // The tour names projects by id and quotes the plan, so it is checked against both (default run only:
  // a run on other files has other ids).
  if (positionals.length === 0) {
    const tour = keep(
      readText(fileURLToPath(new URL("../data/tour.json", import.meta.url)), "it was not validated"),
    );
    if (tour !== undefined)
      problems.push(...validateTour(tour, { projects: validProjects, shows: slideShows, planText }).problems);
    // The progress record names projects by id; every id read above counts, so a project that failed
    // its own checks is reported once, not again for each fact about it.
    const progress = keep(
      readText(fileURLToPath(new URL("../data/progress.json", import.meta.url)), "it was not validated"),
    );
    if (progress !== undefined) {
      const context = { projectIds: seenIds, today: isoDay(new Date()) };
      problems.push(...validateProgressText(progress, context).problems);
    }
    // The items the map leaves out quote the plan too, so they are held to it the same way.
    const notMapped = keep(readText(NOT_MAPPED_PATH, "it was not validated"));
    if (notMapped !== undefined) problems.push(...validateNotMapped(notMapped, planText).problems);
    // The shared courses' notes name towns too, and the projects copy their coordinates.
    namedLines.push(...readCourseNamedLines());
  }
  // A line must pass within its precision of every town its note names (data/towns.json).
  const towns = keep(readText(TOWNS_PATH, "lines were not checked against the towns their notes name"));
  if (towns !== undefined) {
    const read = readTowns(towns, displayName(TOWNS_PATH));
    problems.push(...read.problems, ...checkTownsOnLines(namedLines, read.towns));
  }
  for (const found of problems) console.log(formatProblem(found));
  // Warnings, not problems: projects on one shared course drawn further apart than their precision allows.
  const warnings = findCourseDivergences(
    validFeatures.flatMap(({ properties: { id, precision, course }, geometry }) =>
      course === undefined ? [] : [{ id, precision, course, geometry }],
    ),
    readCourseLines(),
  );
  for (const found of warnings) console.log(describeDivergence(found));
  const noun = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;
  console.log(
    `validated ${noun(files.length, "file")}, ${noun(featureCount, "feature")} (${validCount} valid): ${noun(problems.length, "problem")}`,
  );
  return problems.length > 0 ? 1 : 0;
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      plan: { type: "string" },
      counties: { type: "string" },
      outline: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
}

function path(given: string | undefined, fallback: string): string {
  return given === undefined ? fallback : fromCommandLine(given);
}

// Given counties come with their own city (a test fixture, another region's build): pairing them with
// Jiaxing's real outline would judge beyond_city against the wrong place.
function chooseOutline(
  given: string | undefined,
  countiesGiven: boolean,
  problems: Problem[],
): CityOutline | undefined {
  if (given === undefined && countiesGiven) return undefined;
  const read = readAreas<CityOutline>(path(given, DEFAULT_CITY_OUTLINE), "beyond_city was not checked");
  if (read.ok) return read.value;
  problems.push(read.problem);
  return undefined;
}

const COURSES_PATH = fileURLToPath(new URL("../data/courses.geojson", import.meta.url));
const TOWNS_PATH = fileURLToPath(new URL("../data/towns.json", import.meta.url));

function namedLine(file: string, { properties, geometry }: ProjectFeature): NamedLine {
  return { file, id: properties.id, precision: properties.precision, note_zh: properties.note_zh, geometry };
}

// data/courses.geojson's features; none when the file is missing or malformed (the course tests report it).
function readCourseFeatures(): FeatureCollection["features"] {
  const read = readText(COURSES_PATH, "not checked");
  if (!read.ok) return [];
  try {
    return (JSON.parse(read.value) as FeatureCollection).features;
  } catch {
    return [];
  }
}

// data/courses.geojson as id → coordinates; empty (no warnings) when the file is missing or malformed.
function readCourseLines(): Map<string, Position[]> {
  return new Map(
    readCourseFeatures().flatMap((feature) =>
      feature.geometry.type === "LineString" ? [[String(feature.id), feature.geometry.coordinates]] : [],
    ),
  );
}

function readCourseNamedLines(): NamedLine[] {
  return readCourseFeatures().map(({ id, properties, geometry }) => ({
    file: displayName(COURSES_PATH),
    id: String(id),
    precision: properties?.precision,
    note_zh: properties?.note_zh,
    geometry,
  }));
}

function countFeatures(text: string): number {
  try {
    const features = (JSON.parse(text) as { features?: unknown }).features;
    return Array.isArray(features) ? features.length : 0;
  } catch {
    return 0;
  }
}

// Run as a command (npm run validate), not when a test imports main.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv.slice(2));
}
