// The planner's measuring and selecting operations, loaded when a tool first needs them: they bring
// turf's polygon clipping (about 30 kB gzip), which the first view of the map does not need.
export { measureArea } from "../analysis/measure-area";
export { measureDistance } from "../analysis/measure-distance";
export { selectByArea } from "../analysis/select-by-area";
