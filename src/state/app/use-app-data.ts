// Loads the basemap and the projects in parallel with the map code, and lets the page retry a failure.
// The first load starts as this module runs, not in the first render's effect: that effect waits for the
// shell's first frame, which in software rendering came 0.2–0.4 s after the script had run, and the map
// cannot start before its data (the project list showed ≈ 0.2 s sooner with 41 projects).
import { useCallback, useEffect, useState } from "react";
import { BASEMAP_FILE_URLS, PROJECT_FILE_URLS } from "../../data/bundled-files";
import type { LoadedBasemap } from "../../data/load-basemap";
import type { LoadedProjects } from "../../data/load-projects";
import { type DataLoad, startDataLoad } from "./data-load";

const FILES = { projects: PROJECT_FILE_URLS, basemap: BASEMAP_FILE_URLS, codeFile: "load-data.js" };

// Fetched once; a failed chunk is tried again by the next call (Retry).
let loaders: Promise<typeof import("../../data/load-data")> | null = null;
function loadLoaders() {
  loaders ??= import("../../data/load-data").catch((error: unknown) => {
    loaders = null;
    throw error;
  });
  return loaders;
}

const load = (): DataLoad => startDataLoad(loadLoaders(), FILES, fetch);
const firstLoad = load();

export interface AppData {
  basemap: LoadedBasemap | null;
  projects: LoadedProjects | null;
  retry: () => void;
}

export function useAppData(): AppData {
  const [basemap, setBasemap] = useState<LoadedBasemap | null>(null);
  const [projects, setProjects] = useState<LoadedProjects | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    const loading = attempt === 0 ? firstLoad : load();
    if (attempt > 0) setProjects(null);
    const unsubscribe = loading.subscribe(setProjects);
    loading.basemap
      .then((loaded) => current && setBasemap((previous) => previous ?? loaded))
      .catch(() => undefined);
    return () => {
      current = false;
      unsubscribe();
    };
  }, [attempt]);

  const retry = useCallback(() => setAttempt((value) => value + 1), []);
  return { basemap, projects, retry };
}
