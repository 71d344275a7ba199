import { describe, expect, it } from "vitest";
import type { BasemapOption } from "../../data/basemap-config";
import { resolveBasemap } from "./resolve-basemap";

const names = { name_zh: "底图", name_en: "Basemap" };

describe("resolveBasemap", () => {
  it("draws a raster's own tiles with its size, zoom and credit", async () => {
    const option: BasemapOption = {
      id: "osm",
      kind: "raster",
      ...names,
      tiles: ["https://tiles.example/{z}/{x}/{y}.png"],
      tileSize: 512,
      attribution: "© Example",
    };
    expect(await resolveBasemap(option, {}, 6)).toEqual({
      ok: true,
      active: {
        kind: "raster",
        id: "osm",
        tileSize: 512,
        maxzoom: 18,
        attribution: "© Example",
        tileSets: [["https://tiles.example/{z}/{x}/{y}.png"]],
      },
    });
  });

  it("refuses a malformed Tianditu key before fetching anything, keeping what is drawn", async () => {
    const option: BasemapOption = { id: "tianditu", kind: "tianditu", ...names };
    expect(await resolveBasemap(option, { key: "not a key!" }, 6)).toEqual({
      ok: false,
      detail: "missing or malformed key",
      keep: true,
    });
  });

  it("puts the user's Tianditu key into every tile address", async () => {
    const option: BasemapOption = { id: "tianditu", kind: "tianditu", ...names };
    const resolved = await resolveBasemap(option, { key: "  abcdef0123456789  " }, 6);
    expect(resolved.ok).toBe(true);
    if (!resolved.ok || resolved.active.kind !== "raster") throw new Error("expected raster tiles");
    const urls = resolved.active.tileSets.flat();
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) expect(url).toContain("tk=abcdef0123456789");
  });

  it("refuses a style address that is not https, with the reason", async () => {
    const option: BasemapOption = { id: "style", kind: "style-url", ...names };
    const resolved = await resolveBasemap(option, { url: "http://insecure.example/style.json" }, 6);
    expect(resolved.ok).toBe(false);
  });
});
