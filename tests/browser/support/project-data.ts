// The shipped project data, read in Node for expectations: tests compare what the page shows with it.
import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { ProjectFeature } from "../../../src/data/project-schema";

const directory = resolve(import.meta.dirname, "../../../data/projects");

export function shippedProjects(): ProjectFeature[] {
  return readdirSync(directory)
    .filter((file) => file.endsWith(".geojson"))
    .flatMap(
      (file) => JSON.parse(readFileSync(resolve(directory, file), "utf8")).features as ProjectFeature[],
    );
}
