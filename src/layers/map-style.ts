// Assembles the whole MapLibre style from data already validated by src/data: the renderer never fetches
// or parses anything itself. There is no `glyphs` URL: labels come from the bundled `font-faces`.
import type {
  FontFacesSpecification,
  SourceSpecification,
  StyleSpecification,
} from "@maplibre/maplibre-gl-style-spec";
import type { FeatureCollection } from "geojson";
import { countyLabelPoints } from "../data/county-label-points";
import { filterStateDefaults } from "../filters/filter-expression";
import {
  BASEMAP_SOURCES,
  type BasemapSourceName,
  basemapLayers,
  basemapSourceId,
  COUNTY_LABEL_SOURCE,
  countyLabelLayers,
} from "./basemap-layers";
import { PROJECT_SOURCE, projectLayers } from "./project-layers";
import type { Theme } from "./theme";

export interface MapStyleOptions {
  theme: Theme;
  fontFaces: FontFacesSpecification;
  basemap: Record<BasemapSourceName, FeatureCollection>;
  projects: FeatureCollection;
  attribution: string;
}

export const EMPTY_COLLECTION: FeatureCollection = { type: "FeatureCollection", features: [] };

export function mapStyle(options: MapStyleOptions): StyleSpecification {
  const sources: Record<string, SourceSpecification> = {};
  for (const name of BASEMAP_SOURCES) {
    sources[basemapSourceId(name)] = {
      type: "geojson",
      data: options.basemap[name],
      // Only the county layer carries the attribution so it is listed once.
      ...(name === "counties" ? { attribution: options.attribution } : {}),
      // Basemap shapes are already simplified for this scale; a higher tolerance would shift borders.
      tolerance: 0.2,
    };
  }
  sources[COUNTY_LABEL_SOURCE] = { type: "geojson", data: countyLabelPoints(options.basemap.counties) };
  sources[PROJECT_SOURCE] = { type: "geojson", data: options.projects, promoteId: "id", tolerance: 0.2 };
  return {
    version: 8,
    name: `Jiaxing major projects (${options.theme.name})`,
    state: {
      ...filterStateDefaults(),
      language: { default: "zh" },
      selectedId: { default: "" },
      hoveredId: { default: "" },
      spotlightIds: { default: [] },
    },
    "font-faces": options.fontFaces,
    sources,
    layers: [
      ...basemapLayers(options.theme),
      ...projectLayers(options.theme),
      ...countyLabelLayers(options.theme),
    ],
  };
}
