// Detailed basemaps as style fragments: raster tiles (OpenStreetMap, 天地图), another MapLibre style, or
// a PMTiles archive in the Protomaps schema. They replace the embedded land and fills; Jiaxing's county
// lines, outline and labels stay on top, so the plan's geography reads the same on any basemap.
import type {
  LayerSpecification,
  SourceSpecification,
  StyleSpecification,
} from "@maplibre/maplibre-gl-style-spec";
import type { Bounds } from "../geo/coordinates";
import { themedArchiveLayers } from "./archive-theme";
import type { ProtomapsLayerSets } from "./protomaps-layers";
import type { Theme } from "./theme";

export type ActiveBasemap =
  | { kind: "embedded" }
  | {
      kind: "raster";
      id: string;
      tileSets: string[][];
      tileSize: number;
      maxzoom: number;
      attribution: string;
    }
  | { kind: "style"; id: string; style: StyleSpecification }
  | {
      kind: "pmtiles";
      id: string;
      url: string; // the archive's absolute address, checked (resolve-basemap.ts)
      minzoom: number;
      maxzoom: number;
      bounds: Bounds;
      attribution: string;
      layers: ProtomapsLayerSets; // built with the archive's source id, onlineSourceId(id)
    };

export interface BasemapFragment {
  sources: Record<string, SourceSpecification>;
  layers: LayerSpecification[];
  // Names drawn above the projects' shapes and below their labels, so a project's band never paints
  // over a street's name and a project's label still wins where the two collide.
  labels: LayerSpecification[];
  // Names above the projects' labels too: stations and the like, which win where they collide.
  landmarks: LayerSpecification[];
  // An archive covers its extract's box only: the embedded land stays under it (map-style.ts).
  keepsEmbeddedLand: boolean;
  glyphs?: string;
  sprite?: StyleSpecification["sprite"];
}

export const ONLINE_PREFIX = "online-";

/** The source id an archive's layers read. */
export function onlineSourceId(id: string): string {
  return `${ONLINE_PREFIX}${id}`;
}

// 天地图's WMTS in web-mercator ("_w"): a vector base map and its Chinese annotation layer, in CGCS2000,
// which agrees with WGS84 to centimetres — unlike GCJ-02 services, it needs no offset.
export function tiandituTileSets(key: string): string[][] {
  const servers = [0, 1, 2, 3, 4, 5, 6, 7];
  const url = (layer: string) =>
    servers.map(
      (server) =>
        `https://t${server}.tianditu.gov.cn/${layer}_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=${layer}` +
        `&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=${encodeURIComponent(key)}`,
    );
  return [url("vec"), url("cva")];
}

export function onlineSourceIds(basemap: ActiveBasemap): string[] {
  return Object.keys(basemapFragment(basemap).sources);
}

const NO_EXTRAS = { labels: [], landmarks: [], keepsEmbeddedLand: false };

// `theme`: the page's, which an archive's layers take their land, water and label sizes from; without it
// (only the sources are wanted) they are as built.
export function basemapFragment(basemap: ActiveBasemap, theme?: Theme): BasemapFragment {
  if (basemap.kind === "embedded") return { sources: {}, layers: [], ...NO_EXTRAS };
  if (basemap.kind === "pmtiles") {
    const source: SourceSpecification = {
      type: "vector",
      // Read through the pmtiles protocol (map/pmtiles-protocol.ts): byte ranges of one static file.
      tiles: [`pmtiles://${basemap.url}/{z}/{x}/{y}`],
      minzoom: basemap.minzoom,
      maxzoom: basemap.maxzoom,
      bounds: basemap.bounds,
      attribution: basemap.attribution,
    };
    const set = basemap.layers[theme?.tone ?? "light"];
    const themed = (layers: LayerSpecification[]) =>
      theme ? themedArchiveLayers(layers, set.ground, theme) : layers;
    return {
      sources: { [onlineSourceId(basemap.id)]: source },
      layers: themed(set.base),
      labels: themed(set.labels),
      landmarks: themed(set.landmarks),
      keepsEmbeddedLand: true,
    };
  }
  if (basemap.kind === "raster") {
    const sources: Record<string, SourceSpecification> = {};
    const layers: LayerSpecification[] = [];
    basemap.tileSets.forEach((tiles, index) => {
      const id = `${ONLINE_PREFIX}${basemap.id}-${index}`;
      sources[id] = {
        type: "raster",
        tiles,
        tileSize: basemap.tileSize,
        maxzoom: basemap.maxzoom,
        ...(index === 0 ? { attribution: basemap.attribution } : {}),
      };
      layers.push({ id, type: "raster", source: id });
    });
    return { sources, layers, ...NO_EXTRAS };
  }
  // Another style: every source and layer id is prefixed so none can collide with the app's own.
  const rename = (id: string) => `${ONLINE_PREFIX}${id}`;
  const sources = Object.fromEntries(
    Object.entries(basemap.style.sources).map(([id, source]) => [rename(id), source]),
  );
  const layers = basemap.style.layers.map((layer) => {
    const renamed = { ...layer, id: rename(layer.id) } as LayerSpecification & { source?: string };
    if ("source" in layer && typeof layer.source === "string") renamed.source = rename(layer.source);
    return renamed as LayerSpecification;
  });
  return { sources, layers, ...NO_EXTRAS, glyphs: basemap.style.glyphs, sprite: basemap.style.sprite };
}
