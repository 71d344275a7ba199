// Times the coverage table (and its parts) on the shipped data and on 10 000 synthetic features spread
// over Jiaxing, 5 runs each, and prints medians in milliseconds. Run: npx tsx scripts/bench-analysis.ts
// With --browser (after `npm run build`) it also times the planner tab in the production build in
// Chromium, 5 fresh pages each: click → table, and a new N → its table (scripts/bench/planner-in-browser.ts),
// and how long the plan tab takes to draw (scripts/bench/plan-tab-in-browser.ts).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import type { Feature, FeatureCollection, Geometry, Position } from "geojson";
import { catchmentPolygons } from "../src/analysis/catchment-polygons";
import { clipToCity } from "../src/analysis/clip-to-city";
import { coverageTable } from "../src/analysis/coverage-table";
import { sharesWithin } from "../src/analysis/land-share-within-distance";
import { lineLengthByCounty } from "../src/analysis/line-length-by-county";
import { polygonAreaByCounty } from "../src/analysis/polygon-area-by-county";
import { prepareCounties } from "../src/analysis/prepare-counties";
import { buildProximityIndex } from "../src/analysis/proximity-index";
import { selectByArea } from "../src/analysis/select-by-area";
import { unionAreaByCounty, zoneBreakdown } from "../src/analysis/zone-areas";
import type { CountyCollection } from "../src/data/basemap-schema";
import { COUNTY_CODES, LAYERS, PILLARS, type ProjectFeature, STATUSES } from "../src/data/project-schema";
import { measurePlanTabInBrowser } from "./bench/plan-tab-in-browser";
import { measurePlannerInBrowser } from "./bench/planner-in-browser";

const RUNS = 5;
const DISTANCE_KILOMETRES = 5;
const dataDirectory = new URL("../data/", import.meta.url);

function median(values: number[]): number {
  const sorted = [...values].sort((left, right) => left - right);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function time(label: string, run: () => unknown): void {
  const durations: number[] = [];
  for (let index = 0; index < RUNS; index++) {
    const start = performance.now();
    run();
    durations.push(performance.now() - start);
  }
  // The first run is cold: no JIT warm-up and no remembered per-feature areas (memo-by-feature.ts).
  const first = (durations[0] ?? Number.NaN).toFixed(1).padStart(8);
  console.log(
    `  ${label.padEnd(38)} first ${first} ms, median ${median(durations).toFixed(1).padStart(8)} ms`,
  );
}

function loadProjects(): ProjectFeature[] {
  const directory = new URL("projects/", dataDirectory);
  if (!existsSync(directory)) return [];
  return readdirSync(directory)
    .filter((name) => name.endsWith(".geojson"))
    .flatMap(
      (name) => (JSON.parse(readFileSync(new URL(name, directory), "utf8")) as FeatureCollection).features,
    )
    .map((feature) => feature as ProjectFeature);
}

function loadCounties(): CountyCollection | null {
  const file = new URL("basemap/counties.geojson", dataDirectory);
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as CountyCollection) : null;
}

// A seeded generator, so every run of the benchmark measures the same features.
let seed = 20200101;
function random(): number {
  seed = (seed * 1664525 + 1013904223) >>> 0;
  return seed / 2 ** 32;
}
const WEST = 120.3;
const EAST = 121.3;
const SOUTH = 30.3;
const NORTH = 31.1;
const randomPosition = (): Position => [WEST + random() * (EAST - WEST), SOUTH + random() * (NORTH - SOUTH)];

// Seven strips across Jiaxing with wiggly borders of 400 vertices each, standing in for the real
// counties (similar vertex counts) while data/basemap/counties.geojson is absent.
function syntheticCounties(): CountyCollection {
  const border = (index: number): Position[] =>
    Array.from({ length: 400 }, (_, step) => {
      const latitude = SOUTH + ((NORTH - SOUTH) * step) / 399;
      const longitude = WEST + ((EAST - WEST) * index) / 7 + (index % 7 === 0 ? 0 : 0.01 * Math.sin(step));
      return [longitude, latitude];
    });
  return {
    type: "FeatureCollection",
    features: COUNTY_CODES.map((adcode, index) => ({
      type: "Feature",
      properties: { adcode, name_zh: adcode, name_en: adcode },
      geometry: {
        type: "Polygon",
        coordinates: [[...border(index), ...border(index + 1).reverse(), border(index)[0] as Position]],
      },
    })),
  };
}

function syntheticGeometry(kind: number): Geometry {
  const start = randomPosition();
  if (kind < 0.7) {
    // A wandering line of 10 vertices, steps up to ~2 km (0.02°).
    const coordinates = [start];
    for (let step = 0; step < 9; step++) {
      const last = coordinates[coordinates.length - 1] as Position;
      coordinates.push([
        (last[0] as number) + (random() - 0.5) * 0.04,
        (last[1] as number) + (random() - 0.5) * 0.04,
      ]);
    }
    return { type: "LineString", coordinates };
  }
  if (kind < 0.9) {
    // A hexagon about 1–3 km across.
    const radius = 0.005 + random() * 0.01;
    const ring = Array.from({ length: 6 }, (_, corner): Position => {
      const angle = (corner * Math.PI) / 3;
      return [
        (start[0] as number) + radius * Math.cos(angle),
        (start[1] as number) + radius * Math.sin(angle),
      ];
    });
    return { type: "Polygon", coordinates: [[...ring, ring[0] as Position]] };
  }
  return { type: "Point", coordinates: start };
}

function syntheticProjects(count: number): ProjectFeature[] {
  return Array.from({ length: count }, (_, index) => {
    const kind = random();
    const layer =
      kind < 0.7 ? (["railway", "highway", "waterway"] as const)[index % 3] : LAYERS[index % LAYERS.length];
    const feature: Feature<Geometry> = { type: "Feature", geometry: syntheticGeometry(kind), properties: {} };
    return {
      ...feature,
      id: `synthetic-${index}`,
      properties: {
        id: `synthetic-${index}`,
        name_zh: "",
        name_en: "",
        pillar: PILLARS[index % PILLARS.length] ?? "hub",
        layer: layer ?? "urban",
        status: STATUSES[index % STATUSES.length] ?? "planning",
        target_zh: "",
        target_en: "",
        source_quote: "",
        source_section: "",
        precision: index % 5 === 0 ? "schematic" : "exact",
        counties: [COUNTY_CODES[index % COUNTY_CODES.length] ?? "330402"],
        beyond_city: false,
      },
    } as ProjectFeature;
  });
}

function benchmark(label: string, projects: ProjectFeature[], counties: CountyCollection): void {
  console.log(`${label}: ${projects.length} features, ${counties.features.length} counties`);
  const prepared = prepareCounties(counties);
  const onLayer = (layer: string) => projects.filter((project) => project.properties.layer === layer);
  const railway = onLayer("railway");
  time("coverage table (whole)", () => coverageTable(projects, counties, DISTANCE_KILOMETRES));
  time("coverage table, N = 1 km", () => coverageTable(projects, counties, 1));
  time("coverage table, N = 20 km", () => coverageTable(projects, counties, 20));
  time("  prepare counties", () => prepareCounties(counties));
  time("  railway km by county (no memo)", () => lineLengthByCounty(railway, { ...counties }, prepared));
  // A fresh copy of the collection defeats the per-feature memo, to time the overlays themselves.
  time("  polygon km² by county (no memo)", () => polygonAreaByCounty(projects, { ...counties }, prepared));
  const zones = projects.filter((project) => project.properties.layer === "platform");
  time("  zone union km² by county (no memo)", () => unionAreaByCounty(zones, { ...counties }, prepared));
  time("  zone breakdown (no memo)", () => zoneBreakdown(projects, { ...counties }, prepared));
  time("  railway proximity index", () => buildProximityIndex(railway, DISTANCE_KILOMETRES));
  const index = buildProximityIndex(railway, DISTANCE_KILOMETRES);
  time("  land within 5 km of rail, by county", () => sharesWithin(index, DISTANCE_KILOMETRES, prepared));
  // Planner tools: the catchment outlines drawn on the map and a select-by-area on the largest county.
  time("catchments rail + highway (contour)", () =>
    catchmentPolygons(projects, ["railway", "highway"], DISTANCE_KILOMETRES),
  );
  // As the worker answers: the contours clipped to the city's land (clip-to-city.ts).
  const clipped = (distance: number) => () => {
    const result = catchmentPolygons(projects, ["railway", "highway"], distance);
    return result.ok ? clipToCity(result.value, counties) : result;
  };
  time("catchments rail + highway, clipped", clipped(DISTANCE_KILOMETRES));
  time("catchments rail + highway, clipped, 10 km", clipped(10));
  const largest = [...prepared].sort((a, b) => b.areaSquareKilometres - a.areaSquareKilometres)[0];
  time("select by area (largest county)", () => selectByArea(largest?.feature, projects));
}

const realCounties = loadCounties();
const counties = realCounties ?? syntheticCounties();
if (!realCounties) console.log("data/basemap/counties.geojson absent: using 7 synthetic strip counties.");
const shipped = loadProjects();
if (shipped.length > 0) benchmark("Shipped data", shipped, counties);
else console.log("data/projects/*.geojson absent: shipped-data benchmark skipped.");
benchmark("Synthetic", syntheticProjects(10_000), counties);

if (process.argv.includes("--browser")) {
  const root = new URL("../dist/", import.meta.url).pathname;
  console.log("Planner tab in the production build (Chromium, 1280×800), 5 fresh pages:");
  const timings = await measurePlannerInBrowser(root, RUNS);
  const show = (label: string, values: number[]) =>
    console.log(
      `  ${label.padEnd(44)} median ${median(values).toFixed(0).padStart(6)} ms  (${values.map((value) => value.toFixed(0)).join(", ")})`,
    );
  show("tab opened once the page has settled → table", timings.openedSettled);
  show("tab opened at the map's first idle → table", timings.openedAtOnce);
  show("N changed 5 → 7 km → new table", timings.distanceChanged);
  console.log("Plan tab in the production build (Chromium, 1280×800), 5 fresh pages:");
  const planTab = await measurePlanTabInBrowser(root, RUNS);
  show("plan tab drawn once its code and data are in", planTab.render);
  show("plan tab: its code arrived → plan shown", planTab.fromChunk);
}
