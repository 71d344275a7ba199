// Loads the basemap and the projects in parallel with the map code, and lets the page retry a failure.
import { useCallback, useEffect, useState } from "react";
import { BASEMAP_FILE_URLS, PROJECT_FILE_URLS } from "../data/bundled-files";
import { type LoadedBasemap, loadBasemap } from "../data/load-basemap";
import { type LoadedProjects, loadProjects } from "../data/load-projects";

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
    loadBasemap(BASEMAP_FILE_URLS).then((loaded) => current && setBasemap(loaded));
    return () => {
      current = false;
    };
  }, []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: attempt is the retry trigger
  useEffect(() => {
    let current = true;
    setProjects(null);
    loadProjects(PROJECT_FILE_URLS).then((loaded) => current && setProjects(loaded));
    return () => {
      current = false;
    };
  }, [attempt]);

  const retry = useCallback(() => setAttempt((value) => value + 1), []);
  return { basemap, projects, retry };
}
