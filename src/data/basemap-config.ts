// The basemap choices a deployment offers, read from config.json in the build (so a site can add or
// remove online basemaps without a rebuild). The embedded basemap is always available; it is the default
// unless the deployment names another ("default"), and the fallback whenever an online one fails.
// "pmtiles": a detailed basemap from one static archive in the Protomaps schema, on this site or at an
// https address (README, "A detailed basemap from a PMTiles archive").
export type BasemapKind = "embedded" | "raster" | "tianditu" | "style-url" | "pmtiles";

// The Protomaps flavours a deployment may pick for the app's light theme; a dark theme takes "dark".
export type LightFlavour = "light" | "white" | "grayscale";

export interface BasemapOption {
  id: string;
  kind: BasemapKind;
  name_zh: string;
  name_en: string;
  tiles?: string[]; // raster: URL templates with {z}/{x}/{y}
  tileSize?: number; // raster: pixels
  maxzoom?: number;
  attribution?: string;
  key?: string; // tianditu: the deployment's own key, so the basemap needs no typing (one click)
  url?: string; // style-url: the style's address, likewise; pmtiles: the archive (a path here or https)
  flavor?: LightFlavour; // pmtiles: the Protomaps flavour under the light theme (default "light")
}

export interface BasemapConfig {
  fallbackSeconds: number; // how long an online basemap may take before the embedded one returns
  basemaps: BasemapOption[];
  defaultId: string; // the basemap shown at start; "embedded" unless the deployment names another
}

export const EMBEDDED_BASEMAP: BasemapOption = {
  id: "embedded",
  kind: "embedded",
  name_zh: "内置底图（离线）",
  name_en: "Embedded (offline)",
};

export const DEFAULT_CONFIG: BasemapConfig = {
  fallbackSeconds: 6,
  basemaps: [EMBEDDED_BASEMAP],
  defaultId: EMBEDDED_BASEMAP.id,
};

// https only — except a server on this machine, which is how the fallback is tested.
export const SECURE_ORIGIN = /^(https:\/\/|http:\/\/(127\.0\.0\.1|localhost)[:/])/;
// The same shape the basemap switch accepts from a user.
export const TIANDITU_KEY = /^[0-9a-zA-Z]{8,64}$/;
