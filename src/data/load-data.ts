// The loaders and their validators as one chunk the app imports when it starts, beside the map's: the
// checks (geojson-validation and the data contract, ≈ 5 kB gzip) stay out of the page's first script,
// while the data files themselves are already on their way (index.html asks for them early).
export { loadBasemap } from "./load-basemap";
export { loadProjects } from "./load-projects";
