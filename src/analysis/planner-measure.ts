// The planner's measuring and selecting operations, loaded when a tool first needs them: they bring
// turf's polygon clipping (about 30 kB gzip), which the first view of the map does not need.
export { measureArea } from "./measure-area";
export { measureDistance } from "./measure-distance";
export { selectByArea, selectionInArea } from "./select-by-area";
export { selectionGeojson } from "./selection-geojson";
