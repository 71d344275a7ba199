// What a basemap choice draws: a raster's tiles, Tianditu's with the user's key, a style fetched from
// its address, or a PMTiles archive (resolve-archive.ts). A chunk of its own, loaded on the first choice
// of a detailed basemap: the first script draws only the embedded basemap.
import { type BasemapOption, TIANDITU_KEY } from "../../data/basemap-config";
import { loadRemoteStyle } from "../../data/load-remote-style";
import { rememberSecret } from "../../data/redact-secrets";
import { tiandituTileSets } from "../../layers/online-basemap";
import type { Resolved } from "./resolved-basemap";

export type { Resolved };

export async function resolveBasemap(
  option: BasemapOption,
  input: { key?: string; url?: string },
  fallbackSeconds: number,
): Promise<Resolved> {
  const common = {
    id: option.id,
    tileSize: option.tileSize ?? 256,
    maxzoom: option.maxzoom ?? 18,
    attribution: option.attribution ?? "",
  };
  if (option.kind === "embedded") return { ok: true, active: { kind: "embedded" } };
  if (option.kind === "raster") {
    return { ok: true, active: { kind: "raster", ...common, tileSets: [option.tiles ?? []] } };
  }
  if (option.kind === "tianditu") {
    const key = input.key?.trim() || option.key || "";
    if (!TIANDITU_KEY.test(key)) return { ok: false, detail: "missing or malformed key", keep: true };
    rememberSecret(key);
    return { ok: true, active: { kind: "raster", ...common, tileSets: tiandituTileSets(key) } };
  }
  if (option.kind === "pmtiles") {
    // The archive's reader and style, in a chunk of their own: only a deployment with one loads them.
    const { resolveArchive } = await import("./resolve-archive");
    return resolveArchive(option, fallbackSeconds);
  }
  const loaded = await loadRemoteStyle(input.url?.trim() || option.url || "", fallbackSeconds);
  if (!loaded.ok) return { ok: false, detail: loaded.detail };
  return { ok: true, active: { kind: "style", id: option.id, style: loaded.style } };
}
