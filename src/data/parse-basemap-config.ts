// Reads a deployment's config.json (basemap-config.ts has the shapes). A chunk of its own: most
// deployments ship no config.json, and the first script needs only the default.
import { archiveUrlProblem } from "./archive-url";
import {
  type BasemapConfig,
  type BasemapKind,
  type BasemapOption,
  DEFAULT_CONFIG,
  EMBEDDED_BASEMAP,
  type LightFlavour,
  SECURE_ORIGIN,
  TIANDITU_KEY,
} from "./basemap-config";

const TILE_URL = new RegExp(`${SECURE_ORIGIN.source}.+\\{z\\}.*\\{x\\}.*\\{y\\}`);
const STYLE_URL = new RegExp(`${SECURE_ORIGIN.source}\\S+$`);
const LIGHT_FLAVOURS: readonly LightFlavour[] = ["light", "white", "grayscale"];
const KINDS: readonly BasemapKind[] = ["embedded", "raster", "tianditu", "style-url", "pmtiles"];

// Returns a usable config and the problems found; a broken entry is dropped, never the whole file.
export function parseBasemapConfig(input: unknown): { config: BasemapConfig; problems: string[] } {
  const problems: string[] = [];
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    const what = Array.isArray(input) ? "an array" : input === null ? "null" : `a ${typeof input}`;
    return { config: DEFAULT_CONFIG, problems: [`config.json: holds ${what}, not a JSON object`] };
  }
  const record = input as Record<string, unknown>;
  const seconds = record.fallbackSeconds;
  const fallbackSeconds = typeof seconds === "number" && seconds >= 1 && seconds <= 60 ? seconds : 6;
  if (seconds !== undefined && fallbackSeconds !== seconds) {
    problems.push("config.json: fallbackSeconds: must be a number of seconds from 1 to 60; using 6");
  }
  const list = Array.isArray(record.basemaps) ? record.basemaps : [];
  if (record.basemaps !== undefined && !Array.isArray(record.basemaps))
    problems.push("config.json: basemaps: must be an array of basemap entries; none is offered");
  const basemaps: BasemapOption[] = [EMBEDDED_BASEMAP];
  for (const [index, entry] of list.entries()) {
    const problem = entryProblem(entry);
    if (problem) problems.push(`config.json: basemaps[${index}]: ${problem}`);
    else if ((entry as BasemapOption).kind !== "embedded") basemaps.push(entry as BasemapOption);
  }
  const defaultId = parseDefault(record.default, basemaps, problems);
  return { config: { fallbackSeconds, basemaps, defaultId }, problems };
}

// A default that names no usable basemap leaves the embedded one, with a problem that says so.
function parseDefault(input: unknown, basemaps: BasemapOption[], problems: string[]): string {
  if (input === undefined) return EMBEDDED_BASEMAP.id;
  const id = typeof input === "string" ? input : "";
  if (basemaps.some((option) => option.id === id)) return id;
  const shown = JSON.stringify(String(input).slice(0, 40));
  problems.push(`config.json: default: no usable basemap is named ${shown}; showing the embedded basemap`);
  return EMBEDDED_BASEMAP.id;
}

function entryProblem(entry: unknown): string | null {
  if (typeof entry !== "object" || entry === null) return "is not an object";
  const option = entry as Partial<BasemapOption>;
  if (typeof option.id !== "string" || !/^[a-z0-9-]{1,40}$/.test(option.id))
    return "id: must be a kebab-case name";
  if (!KINDS.includes(option.kind as BasemapKind)) return `kind: must be one of ${KINDS.join(", ")}`;
  if (typeof option.name_zh !== "string" || typeof option.name_en !== "string")
    return "name_zh and name_en are required";
  if (option.kind === "raster") {
    const tiles = option.tiles;
    const valid =
      Array.isArray(tiles) && tiles.length > 0 && tiles.every((tile) => TILE_URL.test(String(tile)));
    if (!valid) return "tiles: must list https URL templates with {z}, {x} and {y}";
  }
  if (option.kind === "pmtiles") return archiveEntryProblem(option);
  if (option.key !== undefined && !TIANDITU_KEY.test(String(option.key)))
    return "key: must be 8 to 64 letters and digits";
  if (option.url !== undefined && !STYLE_URL.test(String(option.url))) return "url: must be an https URL";
  return null;
}

// A PMTiles archive: its address (a path on this site or https) and, optionally, the Protomaps flavour.
function archiveEntryProblem(option: Partial<BasemapOption>): string | null {
  const urlProblem = archiveUrlProblem(option.url);
  if (urlProblem) return urlProblem;
  if (option.flavor !== undefined && !LIGHT_FLAVOURS.includes(option.flavor as LightFlavour))
    return `flavor: must be one of ${LIGHT_FLAVOURS.join(", ")}`;
  return null;
}
