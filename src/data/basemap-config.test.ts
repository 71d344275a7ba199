import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DEFAULT_CONFIG } from "./basemap-config";
import { parseBasemapConfig } from "./parse-basemap-config";

describe("parseBasemapConfig", () => {
  it("accepts the shipped config with the embedded basemap first", () => {
    const { config, problems } = parseBasemapConfig(JSON.parse(readFileSync("public/config.json", "utf8")));
    expect(problems).toEqual([]);
    expect(config.basemaps.map((option) => option.id)).toEqual(["embedded", "osm", "tianditu", "style-url"]);
  });

  it("falls back to the embedded basemap alone when the file is not an object", () => {
    expect(parseBasemapConfig("nonsense")).toEqual({
      config: DEFAULT_CONFIG,
      problems: ["config.json: holds a string, not a JSON object"],
    });
  });

  it("says so when the file is an array or its basemaps are not a list", () => {
    expect(parseBasemapConfig([{ id: "osm" }]).problems).toEqual([
      "config.json: holds an array, not a JSON object",
    ]);
    const { config, problems } = parseBasemapConfig({ basemaps: { id: "osm" } });
    expect([config.basemaps.length, problems]).toEqual([
      1,
      ["config.json: basemaps: must be an array of basemap entries; none is offered"],
    ]);
  });

  it("drops a raster entry without usable tile URLs and says why", () => {
    const { config, problems } = parseBasemapConfig({
      basemaps: [
        { id: "bad", kind: "raster", name_zh: "坏", name_en: "Bad", tiles: ["ftp://x/{z}/{x}/{y}"] },
      ],
    });
    expect(config.basemaps.map((option) => option.id)).toEqual(["embedded"]);
    expect(problems).toEqual([
      "config.json: basemaps[0]: tiles: must list https URL templates with {z}, {x} and {y}",
    ]);
  });

  it("replaces an out-of-range fallback delay by 6 s", () => {
    const { config, problems } = parseBasemapConfig({ fallbackSeconds: 0, basemaps: [] });
    expect(config.fallbackSeconds).toBe(6);
    expect(problems).toHaveLength(1);
  });

  it("keeps the embedded basemap as the repository's default", () => {
    const { config } = parseBasemapConfig(JSON.parse(readFileSync("public/config.json", "utf8")));
    expect(config.defaultId).toBe("embedded");
  });

  it("lets a deployment name its default basemap, with its own 天地图 key", () => {
    const { config, problems } = parseBasemapConfig({
      default: "tianditu",
      basemaps: [
        { id: "tianditu", kind: "tianditu", name_zh: "天地图", name_en: "Tianditu", key: "abc123DEF456" },
      ],
    });
    expect(problems).toEqual([]);
    expect(config.defaultId).toBe("tianditu");
    expect(config.basemaps[1]?.key).toBe("abc123DEF456");
  });

  it("shows the embedded basemap, and says why, when the default names no usable basemap", () => {
    const osm = { id: "osm", kind: "raster", name_zh: "OSM", name_en: "OSM", tiles: ["ftp://x/{z}/{x}/{y}"] };
    for (const [input, shown] of [
      ["nowhere", '"nowhere"'],
      ["osm", '"osm"'], // dropped for its bad tiles
      [42, '"42"'],
      [
        "<img src=x onerror=alert(1)>".repeat(3),
        JSON.stringify("<img src=x onerror=alert(1)>".repeat(3).slice(0, 40)),
      ],
    ] as const) {
      const { config, problems } = parseBasemapConfig({ default: input, basemaps: [osm] });
      expect(config.defaultId).toBe("embedded");
      expect(problems.at(-1)).toBe(
        `config.json: default: no usable basemap is named ${shown}; showing the embedded basemap`,
      );
    }
  });

  it("drops an entry whose key or style address is malformed", () => {
    const { config, problems } = parseBasemapConfig({
      basemaps: [
        { id: "t", kind: "tianditu", name_zh: "天", name_en: "T", key: "not a key!" },
        { id: "s", kind: "style-url", name_zh: "样", name_en: "S", url: "javascript:alert(1)" },
      ],
    });
    expect(config.basemaps.map((option) => option.id)).toEqual(["embedded"]);
    expect(problems).toEqual([
      "config.json: basemaps[0]: key: must be 8 to 64 letters and digits",
      "config.json: basemaps[1]: url: must be an https URL",
    ]);
  });
});
