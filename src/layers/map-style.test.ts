import { validateStyleMin } from "@maplibre/maplibre-gl-style-spec";
import { describe, expect, it } from "vitest";
import { buildFontFaces } from "./font-faces";
import { EMPTY_COLLECTION, mapStyle } from "./map-style";
import { PRESENTATION_THEME, STANDARD_THEME, type Theme } from "./theme";

function styleFor(theme: Theme) {
  return mapStyle({
    theme,
    fontFaces: buildFontFaces(
      { latin: "U+0000-00FF", "[5]": "U+fee3,U+ff03-ff04" },
      { latin: "/a.woff2", "5": "/b.woff2" },
    ),
    basemap: {
      land: EMPTY_COLLECTION,
      neighbours: EMPTY_COLLECTION,
      counties: EMPTY_COLLECTION,
      "city-outline": EMPTY_COLLECTION,
      places: EMPTY_COLLECTION,
    },
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
});
