// The data files that ship with the build, as hashed URLs. Vite resolves these at build time; the app
// fetches and validates them at run time (see load-basemap.ts and load-projects.ts).
// reference-points.geojson is an input of the project data (the airport's position), not a map layer.
const basemapFiles = import.meta.glob<string>(
  ["../../data/basemap/*.geojson", "!../../data/basemap/reference-points.geojson"],
  {
    query: "?url",
    import: "default",
    eager: true,
  },
);

// "@project-data" is data/projects unless the build sets PROJECT_DATA_DIR (see vite.config.ts).
const projectFiles = import.meta.glob<string>("@project-data/*.geojson", {
  query: "?url",
  import: "default",
  eager: true,
});

function byName(files: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(files).map(([path, url]) => [path.replace(/^.*\//, ""), url]));
}

export const BASEMAP_FILE_URLS = byName(basemapFiles);
export const PROJECT_FILE_URLS = byName(projectFiles);
