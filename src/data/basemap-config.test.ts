import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DEFAULT_CONFIG, parseBasemapConfig } from "./basemap-config";

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
});
