// The shipped data read in Node, for unit tests that check what the app does with the real projects,
// the city's outline and the plan's tour.
import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { FeatureCollection } from "geojson";
import type { ProjectFeature } from "../../src/data/project-schema";
import type { Tour } from "../../src/data/tour-schema";

const root = resolve(import.meta.dirname, "../..");
const read = (path: string) => JSON.parse(readFileSync(resolve(root, path), "utf8"));

export function shippedProjectFeatures(): ProjectFeature[] {
  return readdirSync(resolve(root, "data/projects"))
    .filter((file) => file.endsWith(".geojson"))
    .sort()
    .flatMap((file) => (read(`data/projects/${file}`) as { features: ProjectFeature[] }).features);
}

export function shippedBasemap(name: "city-outline" | "land"): FeatureCollection {
  return read(`data/basemap/${name}.geojson`) as FeatureCollection;
}

export function shippedTour(): Tour {
  return read("data/tour.json") as Tour;
}
