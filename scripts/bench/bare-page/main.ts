// The benchmark's baseline: the same basemap, project data and style as the app (src/layers/map-style.ts),
// drawn by MapLibre alone — no React, no list, no filters panel, no validation. The only preparation is
// what the style needs: the derived properties (search text, county flags, zone area) its expressions read.
// The container takes the app's map size from ?width=&height= (CSS pixels) so both draw the same area.
import type { FeatureCollection } from "geojson";
import { type LngLatBoundsLike, Map as MapLibreMap } from "maplibre-gl";
import "maplibre-gl/dist/maplibre-gl.css";
import { BASEMAP_SOURCES, type BasemapSourceName } from "../../../src/data/basemap-schema";
import { BASEMAP_FILE_URLS, PROJECT_FILE_URLS } from "../../../src/data/bundled-files";
import type { ProjectFeature } from "../../../src/data/project-schema";
import { cityBounds } from "../../../src/data/region";
import { indexFeature } from "../../../src/filters/indexed-properties";
import { MAP_LIMITS } from "../../../src/geo/camera";
import { mapStyle } from "../../../src/layers/map-style";
import { STANDARD_THEME } from "../../../src/layers/theme";
import { FONT_FACES } from "../../../src/map/bundled-assets";

declare global {
  interface Window {
    benchMap?: MapLibreMap;
  }
}

async function fetchCollection(url: string): Promise<FeatureCollection> {
  const response = await fetch(url);
  return (await response.json()) as FeatureCollection;
}

async function start(): Promise<void> {
  const parameters = new URLSearchParams(window.location.search);
  const container = document.getElementById("map") as HTMLElement;
  container.style.width = `${Number(parameters.get("width") ?? 1280)}px`;
  container.style.height = `${Number(parameters.get("height") ?? 800)}px`;
  const [basemapList, projectList] = await Promise.all([
    Promise.all(BASEMAP_SOURCES.map((name) => fetchCollection(BASEMAP_FILE_URLS[`${name}.geojson`] ?? ""))),
    Promise.all(Object.values(PROJECT_FILE_URLS).map(fetchCollection)),
  ]);
  const basemap = Object.fromEntries(
    BASEMAP_SOURCES.map((name, index) => [name, basemapList[index]]),
  ) as Record<BasemapSourceName, FeatureCollection>;
  const features = projectList
    .flatMap((collection) => collection.features as ProjectFeature[])
    .map(indexFeature);
  const style = mapStyle({
    theme: STANDARD_THEME,
    fontFaces: FONT_FACES,
    basemap,
    projects: { type: "FeatureCollection", features },
    attribution: "",
    // Bare MapLibre filters as MapLibre's own examples do: the filters as global state in every layer's
    // filter (the app hides projects by feature state instead, layers/project-visibility.ts).
    visibility: "global-state",
    // And hands MapLibre the projects as they are, every property included (the app keeps only those
    // its layers read: layers/properties-read.ts).
    projectProperties: "all",
  });
  // The options that change what or how much is drawn match src/map/map-controller.ts.
  const map = new MapLibreMap({
    container,
    style,
    bounds: cityBounds(basemap["city-outline"]) as LngLatBoundsLike,
    fitBoundsOptions: { padding: 24 },
    attributionControl: false,
    maxBounds: MAP_LIMITS.maxBounds as LngLatBoundsLike,
    minZoom: MAP_LIMITS.minZoom,
    maxZoom: MAP_LIMITS.maxZoom,
    localIdeographFontFamily: false,
    canvasContextAttributes: { preserveDrawingBuffer: true },
  });
  window.benchMap = map;
  map.once("idle", () => performance.mark("map:idle"));
  hoverWithFeatureState(map);
}

// MapLibre's own hover, as its examples do it: the feature under the pointer gets the "hovered" feature
// state the style's highlight layers read (src/layers/project-highlight.ts).
function hoverWithFeatureState(map: MapLibreMap): void {
  let hovered: string | number | undefined;
  map.on("mousemove", (event) => {
    const id = map.queryRenderedFeatures(event.point, { layers: ["project-point", "project-line"] })[0]?.id;
    if (id === hovered) return;
    if (hovered !== undefined) map.setFeatureState({ source: "projects", id: hovered }, { hovered: false });
    if (id !== undefined) map.setFeatureState({ source: "projects", id }, { hovered: true });
    hovered = id;
  });
}

void start();
