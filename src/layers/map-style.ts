// Assembles the whole MapLibre style from data already validated by src/data: the renderer never fetches
// or parses anything itself. There is no `glyphs` URL: labels come from the bundled `font-faces`.
import type {
  FontFacesSpecification,
  LayerSpecification,
  SourceSpecification,
  StyleSpecification,
} from "@maplibre/maplibre-gl-style-spec";
import type { FeatureCollection } from "geojson";
import { BASEMAP_SOURCES, type BasemapSourceName } from "../data/basemap-schema";
import { countyLabelPoints } from "../data/county-label-points";
import { labelledProjects } from "../data/label-places";
import { basemapLayers, basemapSourceId, COUNTY_LABEL_SOURCE, countyLabelLayers } from "./basemap-layers";
import { CORRIDOR_SOURCE, corridorSource } from "./corridor-layers";
import { fadeOverDetailedBasemap } from "./detailed-basemap-fade";
import { globalStateSpecification } from "./global-state";
import { type ActiveBasemap, basemapFragment } from "./online-basemap";
import { catchmentLayers, drawingLayers, PLANNER_OVERLAYS, type PlannerOverlayName } from "./planner-layers";
import {
  PROJECT_LABEL_SOURCE,
  PROJECT_OUTLINE_SOURCE,
  PROJECT_QUERIED_PROPERTIES,
  PROJECT_SOURCE,
  ZONE_LABEL_SOURCE,
} from "./project-layer-ids";
import { projectLayers } from "./project-layers";
import type { VisibilityMode } from "./project-visibility";
import { keepProperties, propertiesRead } from "./properties-read";
import type { Theme } from "./theme";

export interface MapStyleOptions {
  theme: Theme;
  fontFaces: FontFacesSpecification;
  basemap: Record<BasemapSourceName, FeatureCollection>;
  projects: FeatureCollection;
  attribution: string;
  online?: ActiveBasemap; // default: the embedded basemap alone
  // Planner overlays (catchments, chosen area, sketch); empty by default. The map controller replaces
  // their data with setData, so a change never rebuilds the style.
  overlays?: Partial<Record<PlannerOverlayName, FeatureCollection>>;
  // How the filters hide projects (project-visibility.ts): the app's feature state by default.
  visibility?: VisibilityMode;
  // "read" (the app's default): each project source carries only the properties its layers read, plus
  // those picking reads (properties-read.ts); "all": the projects as they are, as a bare page hands them.
  projectProperties?: "read" | "all";
}

// Embedded layers an online basemap replaces: its own land, water and place names take their place.
const REPLACED_BY_ONLINE = new Set([
  "land",
  "neighbour-fill",
  "neighbour-line",
  "county-fill",
  "place-label",
  "place-dot",
]);
// An archive keeps the embedded land under its own (beyond its extract's box the map still shows land),
// and its place names replace the neighbouring cities' (the same cities, named twice otherwise).
const REPLACED_BY_ARCHIVE = new Set([...REPLACED_BY_ONLINE, "neighbour-label"].filter((id) => id !== "land"));

export const EMPTY_COLLECTION: FeatureCollection = { type: "FeatureCollection", features: [] };

// A basemap with every source empty, for tests of the style functions.
export const EMPTY_BASEMAP: Record<BasemapSourceName, FeatureCollection> = {
  land: EMPTY_COLLECTION,
  neighbours: EMPTY_COLLECTION,
  counties: EMPTY_COLLECTION,
  "city-outline": EMPTY_COLLECTION,
  places: EMPTY_COLLECTION,
  "neighbour-labels": EMPTY_COLLECTION,
};

const ID_ONLY = new Set(["id"]);

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
  const visibility = options.visibility ?? "feature-state";
  // Names that would stack at one place are marked, so the label layers write one (label-places.ts).
  const labelled = labelledProjects(options.projects);
  sources[PROJECT_SOURCE] = { type: "geojson", data: labelled.projects, promoteId: "id", tolerance: 0.2 };
  if (visibility === "feature-state") {
    sources[PROJECT_LABEL_SOURCE] = {
      type: "geojson",
      data: pointsAndLines(labelled.projects),
      tolerance: 0.2,
    };
    // The highlight layers' own source: every project's geometry and id (project-highlight.ts). The app
    // hands it and the names to the map after its first idle (later-sources.ts).
    sources[PROJECT_OUTLINE_SOURCE] = {
      type: "geojson",
      data: keepProperties(labelled.projects, ID_ONLY),
      promoteId: "id",
      tolerance: 0.2,
    };
  }
  sources[CORRIDOR_SOURCE] = corridorSource(options.projects);
  sources[ZONE_LABEL_SOURCE] = { type: "geojson", data: labelled.zoneLabels };
  for (const name of PLANNER_OVERLAYS) {
    sources[name] = { type: "geojson", data: options.overlays?.[name] ?? EMPTY_COLLECTION };
  }
  const online = basemapFragment(options.online ?? { kind: "embedded" }, options.theme);
  const embedded = basemapLayers(options.theme);
  const replaced = online.keepsEmbeddedLand ? REPLACED_BY_ARCHIVE : REPLACED_BY_ONLINE;
  const under = online.keepsEmbeddedLand ? ["sea", "land"] : ["sea"];
  const detailed = online.layers.length > 0;
  const base = detailed
    ? [
        ...embedded.filter((layer) => under.includes(layer.id)),
        ...online.layers,
        ...embedded.filter((layer) => !under.includes(layer.id) && !replaced.has(layer.id)),
      ]
    : embedded;
  // The basemap's names go between the projects' shapes and their labels (basemapFragment).
  const projects = detailed
    ? fadeOverDetailedBasemap(projectLayers(options.theme, visibility))
    : projectLayers(options.theme, visibility);
  const firstLabel = projects.findIndex((layer) => layer.type === "symbol");
  const split = firstLabel === -1 ? projects.length : firstLabel;
  const layers = [
    ...base,
    ...catchmentLayers(options.theme),
    ...projects.slice(0, split),
    ...online.labels,
    ...projects.slice(split),
    ...online.landmarks,
    ...countyLabelLayers(options.theme),
    ...drawingLayers(options.theme),
  ];
  if ((options.projectProperties ?? "read") === "read") keepPropertiesRead(sources, layers);
  return {
    version: 8,
    name: `Jiaxing major projects (${options.theme.name})`,
    state: globalStateSpecification(),
    "font-faces": options.fontFaces,
    ...(online.glyphs ? { glyphs: online.glyphs } : {}),
    ...(online.sprite ? { sprite: online.sprite } : {}),
    sources: { ...online.sources, ...sources },
    layers,
  };
}

// The sources that hold the projects, each cut down to what its layers and picking read.
function keepPropertiesRead(
  sources: Record<string, SourceSpecification>,
  layers: LayerSpecification[],
): void {
  for (const id of [PROJECT_SOURCE, PROJECT_LABEL_SOURCE, CORRIDOR_SOURCE, ZONE_LABEL_SOURCE]) {
    const source = sources[id];
    if (source?.type !== "geojson" || typeof source.data !== "object") continue;
    const names = propertiesRead(layers, id);
    if (!names) continue;
    for (const name of PROJECT_QUERIED_PROPERTIES) names.add(name);
    sources[id] = { ...source, data: keepProperties(source.data as FeatureCollection, names) };
  }
}

// The features the name layers place along or beside: points and lines (zones are named from one point
// each, zone-label-points.ts).
function pointsAndLines(projects: FeatureCollection): FeatureCollection {
  return {
    type: "FeatureCollection",
    features: projects.features.filter(
      (feature) => feature.geometry?.type === "Point" || feature.geometry?.type === "LineString",
    ),
  };
}
