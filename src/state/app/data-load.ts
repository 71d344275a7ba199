// One load of the basemap and every project file, started before anyone reads it: the page starts its
// first load as its script runs (use-app-data.ts). Each file's projects are heard as they arrive (the rest
// listed as pending), and a reader that subscribes late first hears the latest of them.
import type { LoadedBasemap } from "../../data/load-basemap";
import type { LoadedProjects } from "../../data/load-projects";

// The two loaders, from the chunk that holds them and their validators (data/load-data.ts).
export interface DataLoaders {
  loadProjects: (
    urls: Record<string, string>,
    fetcher: typeof fetch,
    onProgress: (sofar: LoadedProjects) => void,
  ) => Promise<LoadedProjects>;
  loadBasemap: (urls: Record<string, string>) => Promise<LoadedBasemap>;
}

export interface DataLoad {
  basemap: Promise<LoadedBasemap>;
  /** Hears the projects so far, at once if some have arrived; returns the unsubscribe. */
  subscribe: (listener: (loaded: LoadedProjects) => void) => () => void;
}

export interface DataFiles {
  projects: Record<string, string>;
  basemap: Record<string, string>;
  codeFile: string; // the name a failed loader chunk is reported under
}

export function startDataLoad(
  loaders: Promise<DataLoaders>,
  files: DataFiles,
  fetcher: typeof fetch,
): DataLoad {
  let latest: LoadedProjects | null = null;
  const listeners = new Set<(loaded: LoadedProjects) => void>();
  const show = (loaded: LoadedProjects) => {
    latest = loaded;
    for (const listener of listeners) listener(loaded);
  };
  loaders
    .then((module) => module.loadProjects(files.projects, fetcher, show))
    // A chunk that cannot be fetched (offline, a new deployment) is a failure the page can retry.
    .catch(
      (error: unknown): LoadedProjects => ({
        features: [],
        problems: [],
        failures: [{ file: files.codeFile, detail: error instanceof Error ? error.message : String(error) }],
        pending: [],
        skipped: 0,
        unreadable: [],
      }),
    )
    .then(show);
  const basemap = loaders.then((module) => module.loadBasemap(files.basemap));
  basemap.catch(() => undefined); // the projects' failure above already offers Retry
  return {
    basemap,
    subscribe: (listener) => {
      listeners.add(listener);
      if (latest) listener(latest);
      return () => listeners.delete(listener);
    },
  };
}
