// The selected projects as GeoJSON text, to save or open in a GIS. Features are exported unchanged, so
// the file still meets the project data contract; the kilometres inside the area stay in the table.
import type { FeatureCollection } from "geojson";
import type { ProjectFeature } from "../data/project-schema";
import type { SelectedProject } from "./select-by-area";

export function selectionGeojson(selection: readonly (SelectedProject | ProjectFeature)[]): string {
  const collection: FeatureCollection = {
    type: "FeatureCollection",
    features: selection.map((item) => ("project" in item ? item.project : item)),
  };
  return JSON.stringify(collection);
}
