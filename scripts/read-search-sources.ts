// Reads what the search index is built from: the project files of one directory (data/projects, or the
// directory PROJECT_DATA_DIR names) and the basemap's counties and places. Projects go through the
// app's own validation, so the index lists exactly the features the map can show.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { FeatureCollection } from "geojson";
import type { ProjectFeature } from "../src/data/project-schema";
import { validateCollection } from "../src/data/validate-collection";
import type { SearchIndexSources } from "./build-search-index";
import { projectFilesIn } from "./project-files";

export interface ReadSources {
  sources: SearchIndexSources;
  // Every file read, for the dev server to rebuild the index when one changes.
  files: string[];
}

export function readSearchSources(projectDirectory: string, basemapDirectory: string): ReadSources {
  const projectFiles = projectFilesIn(projectDirectory);
  const seenIds = new Set<string>();
  const projects: ProjectFeature[] = projectFiles.flatMap(
    (file) =>
      validateCollection(readFileSync(file, "utf8"), { fileName: file.replace(/^.*[\\/]/, ""), seenIds })
        .features,
  );
  const countiesFile = join(basemapDirectory, "counties.geojson");
  const placesFile = join(basemapDirectory, "places.geojson");
  return {
    sources: { projects, counties: readCollection(countiesFile), places: readCollection(placesFile) },
    files: [...projectFiles, countiesFile, placesFile],
  };
}

// A missing or broken basemap file leaves its groups empty rather than failing the build: the app
// reports basemap problems itself when it loads the same files.
function readCollection(file: string): FeatureCollection {
  try {
    const json = JSON.parse(readFileSync(file, "utf8")) as FeatureCollection;
    if (json?.type === "FeatureCollection" && Array.isArray(json.features)) return json;
  } catch {
    // fall through to the empty collection
  }
  return { type: "FeatureCollection", features: [] };
}
