import { describe, expect, it } from "vitest";
import { archiveUrlProblem, resolveArchiveUrl } from "./archive-url";
import { parseBasemapConfig } from "./parse-basemap-config";

const PAGE = "https://map.example.org/jiaxing/index.html?lang=en";
const entry = (url: unknown, more: object = {}) => ({
  id: "detail",
  kind: "pmtiles",
  name_zh: "街道详图",
  name_en: "Streets",
  url,
  ...more,
});

describe("a PMTiles archive's address", () => {
  it.each([
    ["detail/jiaxing.pmtiles", "https://map.example.org/jiaxing/detail/jiaxing.pmtiles"],
    ["./detail/jiaxing.pmtiles", "https://map.example.org/jiaxing/detail/jiaxing.pmtiles"],
    ["/tiles/jiaxing.pmtiles", "https://map.example.org/tiles/jiaxing.pmtiles"],
    ["https://cdn.example.com/jiaxing.pmtiles", "https://cdn.example.com/jiaxing.pmtiles"],
  ])("accepts %s on this site or over https", (url, resolved) => {
    expect(archiveUrlProblem(url)).toBeNull();
    expect(resolveArchiveUrl(url, PAGE)).toBe(resolved);
  });

  it.each([
    "javascript:alert(1)",
    "JavaScript:alert(1)",
    "data:application/octet-stream;base64,UE1UaWxlcw==",
    "blob:https://map.example.org/1234",
    "http://tiles.example.com/jiaxing.pmtiles",
    "ftp://tiles.example.com/jiaxing.pmtiles",
    "//tiles.example.com/jiaxing.pmtiles",
    "detail\\..\\jiaxing.pmtiles",
    "detail/jiaxing .pmtiles",
    "",
    42,
  ])("refuses %s", (url) => {
    expect(archiveUrlProblem(url)).not.toBeNull();
    if (typeof url === "string") expect(resolveArchiveUrl(url, PAGE)).toBeNull();
  });

  it("keeps a config entry with a usable address and flavour, and drops the others with the reason", () => {
    const { config, problems } = parseBasemapConfig({
      default: "detail",
      basemaps: [
        entry("detail/jiaxing.pmtiles", { flavor: "grayscale" }),
        { ...entry("javascript:alert(1)"), id: "script" },
        { ...entry("data:text/html,hi"), id: "data" },
        { ...entry("http://tiles.example.com/x.pmtiles"), id: "plain-http" },
        { ...entry("detail/jiaxing.pmtiles", { flavor: "neon" }), id: "neon" },
        { ...entry(undefined), id: "no-url" },
      ],
    });
    expect(config.basemaps.map((option) => option.id)).toEqual(["embedded", "detail"]);
    expect(config.defaultId).toBe("detail");
    expect(problems).toEqual([
      "config.json: basemaps[1]: url: must be a path on this site (e.g. detail/jiaxing.pmtiles) or an https address",
      "config.json: basemaps[2]: url: must be a path on this site (e.g. detail/jiaxing.pmtiles) or an https address",
      "config.json: basemaps[3]: url: must be a path on this site (e.g. detail/jiaxing.pmtiles) or an https address",
      "config.json: basemaps[4]: flavor: must be one of light, white, grayscale",
      "config.json: basemaps[5]: url: is required (the archive's path or https address)",
    ]);
  });

  it("falls back to the embedded basemap when the default names a dropped archive", () => {
    const { config, problems } = parseBasemapConfig({ default: "detail", basemaps: [entry("javascript:x")] });
    expect(config.defaultId).toBe("embedded");
    expect(problems.at(-1)).toContain('no usable basemap is named "detail"');
  });
});
