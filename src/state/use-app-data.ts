// Loads the basemap and the projects in parallel with the map code, and lets the page retry a failure.
import { useCallback, useEffect, useState } from "react";
import { BASEMAP_FILE_URLS, PROJECT_FILE_URLS } from "../data/bundled-files";
import type { LoadedBasemap } from "../data/load-basemap";
import type { LoadedProjects } from "../data/load-projects";

// The name a failed loader chunk is reported under.
const CODE_FILE = "load-data.js";

// Fetched once, at start-up; a failed chunk is tried again by the next call (Retry).
let loaders: Promise<typeof import("../data/load-data")> | null = null;
function loadLoaders() {
  loaders ??= import("../data/load-data").catch((error: unknown) => {
    loaders = null;
    throw error;
  });
  return loaders;
}

export interface AppData {
  basemap: LoadedBasemap | null;
  projects: LoadedProjects | null;
  retry: () => void;
}

export function useAppData(): AppData {
  const [basemap, setBasemap] = useState<LoadedBasemap | null>(null);
  const [projects, setProjects] = useState<LoadedProjects | null>(null);
  const [attempt, setAttempt] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: attempt is the retry trigger
  useEffect(() => {
    let current = true;
    setProjects(null);
    const loading = loadLoaders();
    // A chunk that cannot be fetched (offline, a new deployment) is a failure the page can retry.
    const failed = (error: unknown) => (error instanceof Error ? error.message : String(error));
    // Each file's projects show as they arrive; the rest are listed as still loading (pending).
    const show = (loaded: LoadedProjects) => current && setProjects(loaded);
    loading
      .then((module) => module.loadProjects(PROJECT_FILE_URLS, fetch, show))
      .catch(
        (error: unknown): LoadedProjects => ({
          features: [],
          problems: [],
          failures: [{ file: CODE_FILE, detail: failed(error) }],
          pending: [],
          skipped: 0,
          unreadable: [],
        }),
      )
      .then(show);
    loading
      .then((module) => module.loadBasemap(BASEMAP_FILE_URLS))
      .then((loaded) => current && setBasemap((previous) => previous ?? loaded))
      .catch(() => undefined); // the projects' failure above already offers Retry
    return () => {
      current = false;
    };
  }, [attempt]);

  const retry = useCallback(() => setAttempt((value) => value + 1), []);
  return { basemap, projects, retry };
}
