import { validateStyleMin } from "@maplibre/maplibre-gl-style-spec";
import { describe, expect, it } from "vitest";
import { buildFontFaces } from "./font-faces";
import { GLOBAL_STATE_DEFAULTS, type GlobalStateKey } from "./global-state";
import { EMPTY_BASEMAP, EMPTY_COLLECTION, mapStyle } from "./map-style";
import { type ActiveBasemap, tiandituTileSets } from "./online-basemap";
import { POINT_AND_LINE_LAYERS, ZONE_FILL_LAYER } from "./project-layer-ids";
import { PRESENTATION_THEME, STANDARD_THEME, type Theme } from "./theme";

function styleFor(theme: Theme, online?: ActiveBasemap) {
  return mapStyle({
    online,
    theme,
    fontFaces: buildFontFaces(
      { latin: "U+0000-00FF", "[5]": "U+fee3,U+ff03-ff04" },
      { latin: "/a.woff2", "5": "/b.woff2" },
    ),
    basemap: EMPTY_BASEMAP,
    projects: EMPTY_COLLECTION,
    attribution: "test",
  });
}

describe("map style", () => {
  it("is a valid MapLibre style in the standard theme", () => {
    expect(validateStyleMin(styleFor(STANDARD_THEME))).toEqual([]);
  });

  it("is a valid MapLibre style in the presentation theme", () => {
    expect(validateStyleMin(styleFor(PRESENTATION_THEME))).toEqual([]);
  });

  it("asks no glyph server for labels", () => {
    expect(styleFor(STANDARD_THEME).glyphs).toBeUndefined();
  });

  it("gives every layer a unique id", () => {
    const ids = styleFor(STANDARD_THEME).layers.map((layer) => layer.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe("font faces", () => {
  it("maps each fontsource subset to its file with upper-case unicode ranges", () => {
    const faces = buildFontFaces({ "[5]": "U+fee3,U+ff03-ff04" }, { "5": "/b.woff2" });
    expect(Object.values(faces)[0]).toEqual([
      { url: "/b.woff2", "unicode-range": ["U+FEE3", "U+FF03-FF04"] },
    ]);
  });

  it("skips a subset whose file was not bundled", () => {
    const faces = buildFontFaces({ latin: "U+0000-00FF" }, {});
    expect(Object.values(faces)[0]).toEqual([]);
  });

  it("puts the labels' own file first, so MapLibre takes the shipped names' characters from it", () => {
    const label = { url: "/labels.woff2", unicodeRange: ["U+20-7E", "U+5609"] };
    const faces = buildFontFaces({ "[5]": "U+5609" }, { "5": "/b.woff2" }, label);
    expect(Object.values(faces)[0]).toEqual([
      { url: "/labels.woff2", "unicode-range": ["U+20-7E", "U+5609"] },
      { url: "/b.woff2", "unicode-range": ["U+5609"] },
    ]);
    // A cut that holds nothing is left out rather than declared with no range (which covers everything).
    const empty = buildFontFaces(
      { "[5]": "U+5609" },
      { "5": "/b.woff2" },
      { url: "/labels.woff2", unicodeRange: [] },
    );
    expect(Object.values(faces)[0]).toHaveLength(2);
    expect(Object.values(empty)[0]).toEqual([{ url: "/b.woff2", "unicode-range": ["U+5609"] }]);
  });
});

describe("online basemaps", () => {
  const osm: ActiveBasemap = {
    kind: "raster",
    id: "osm",
    tileSets: [["https://tile.example/{z}/{x}/{y}.png"]],
    tileSize: 256,
    maxzoom: 19,
    attribution: "© OSM",
  };

  it("puts raster tiles under Jiaxing's county lines and the projects, replacing the embedded land", () => {
    const style = styleFor(STANDARD_THEME, osm);
    expect(validateStyleMin(style)).toEqual([]);
    const ids = style.layers.map((layer) => layer.id);
    expect(ids.slice(0, 2)).toEqual(["sea", "online-osm-0"]);
    expect(ids).not.toContain("land");
    expect(ids).toContain("county-line");
    expect(ids.indexOf("online-osm-0")).toBeLessThan(ids.indexOf("project-line"));
  });

  it("builds 天地图 as a base layer and an annotation layer, each with its key", () => {
    const tileSets = tiandituTileSets("abc 123");
    const style = styleFor(STANDARD_THEME, { ...osm, id: "tianditu", tileSets });
    expect(validateStyleMin(style)).toEqual([]);
    expect(tileSets.map((tiles) => tiles[0])).toEqual([
      expect.stringContaining("/vec_w/wmts?"),
      expect.stringContaining("/cva_w/wmts?"),
    ]);
    expect(tileSets[0]?.[0]).toContain("tk=abc%20123");
  });

  it("prefixes another style's sources and layers so they cannot collide with the app's", () => {
    const remote = {
      version: 8 as const,
      glyphs: "https://fonts.example/{fontstack}/{range}.pbf",
      sources: { projects: { type: "geojson" as const, data: EMPTY_COLLECTION } },
      layers: [{ id: "project-line", type: "line" as const, source: "projects" }],
    };
    const style = styleFor(STANDARD_THEME, { kind: "style", id: "custom", style: remote });
    expect(validateStyleMin(style)).toEqual([]);
    expect(style.layers.filter((layer) => layer.id === "online-project-line")).toHaveLength(1);
    expect(style.glyphs).toBe(remote.glyphs);
  });

  it("has every layer that picking reads, in the style it picks from", () => {
    const ids = styleFor(STANDARD_THEME).layers.map((layer) => layer.id);
    for (const id of [...POINT_AND_LINE_LAYERS, ZONE_FILL_LAYER]) expect(ids).toContain(id);
  });

  it("declares every global-state key a layer reads, with its typed default", () => {
    const style = styleFor(STANDARD_THEME);
    const read = new Set(
      [...JSON.stringify(style.layers).matchAll(/\["global-state","(\w+)"\]/g)].map((m) => m[1]),
    );
    expect(read.size).toBeGreaterThan(5);
    for (const key of read) {
      expect(Object.keys(GLOBAL_STATE_DEFAULTS)).toContain(key);
      expect(style.state?.[key as GlobalStateKey]?.default).toEqual(
        GLOBAL_STATE_DEFAULTS[key as GlobalStateKey],
      );
    }
  });
});
