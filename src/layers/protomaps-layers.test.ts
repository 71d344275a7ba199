import {
  createExpression,
  type LayerSpecification,
  latest,
  validateStyleMin,
} from "@maplibre/maplibre-gl-style-spec";
import { describe, expect, it } from "vitest";
import { buildFontFaces } from "./font-faces";
import { EMPTY_BASEMAP, EMPTY_COLLECTION, mapStyle } from "./map-style";
import { type ActiveBasemap, onlineSourceId } from "./online-basemap";
import { PROJECT_LAYER } from "./project-layer-ids";
import { protomapsLayerSets } from "./protomaps-layers";
import { LABEL_FONT, PRESENTATION_THEME, STANDARD_THEME, type Theme } from "./theme";

const archive: ActiveBasemap = {
  kind: "pmtiles",
  id: "detail",
  url: "https://maps.example/detail/jiaxing.pmtiles",
  minzoom: 0,
  maxzoom: 15,
  bounds: [120.2, 30.2, 121.4, 31.1],
  attribution: "© OpenStreetMap contributors",
  layers: protomapsLayerSets(onlineSourceId("detail"), "light"),
};

function styleFor(theme: Theme, online: ActiveBasemap) {
  return mapStyle({
    online,
    theme,
    fontFaces: buildFontFaces({ latin: "U+0000-00FF" }, { latin: "/a.woff2" }),
    basemap: EMPTY_BASEMAP,
    projects: EMPTY_COLLECTION,
    attribution: "test",
  });
}

const style = styleFor(STANDARD_THEME, archive);
const ids = style.layers.map((layer) => layer.id);
const archiveLayers = style.layers.filter((layer) => layer.id.startsWith("online-detail-"));
const layout = (layer: LayerSpecification) =>
  ("layout" in layer ? (layer.layout ?? {}) : {}) as Record<string, unknown>;

describe("a PMTiles basemap's style", () => {
  it("is a valid MapLibre style in both themes, reading the archive through the pmtiles protocol", () => {
    expect(validateStyleMin(style)).toEqual([]);
    expect(validateStyleMin(styleFor(PRESENTATION_THEME, archive))).toEqual([]);
    expect(style.sources[onlineSourceId("detail")]).toMatchObject({
      type: "vector",
      tiles: ["pmtiles://https://maps.example/detail/jiaxing.pmtiles/{z}/{x}/{y}"],
      maxzoom: 15,
      bounds: [120.2, 30.2, 121.4, 31.1],
    });
  });

  it("draws the Protomaps schema's land, water, roads, buildings, places and POIs", () => {
    const sourceLayers = new Set(
      archiveLayers.map((layer) => (layer as { "source-layer"?: string })["source-layer"]),
    );
    for (const name of ["earth", "water", "roads", "buildings", "places", "pois"])
      expect(sourceLayers).toContain(name);
  });

  it("needs nothing from outside: no glyph server, no sprite, every label in the bundled font, no icon", () => {
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    for (const layer of archiveLayers) {
      const properties = { ...layout(layer), ...("paint" in layer ? layer.paint : {}) };
      expect(
        Object.keys(properties).filter((key) => key.startsWith("icon-") || key.endsWith("-pattern")),
      ).toEqual([]);
      if (layer.type === "symbol") expect(layout(layer)["text-font"]).toEqual([LABEL_FONT]);
      // No section of a label names another font (Protomaps gives Devanagari its own).
      expect(JSON.stringify(layout(layer)["text-field"] ?? null)).not.toContain("text-font");
    }
  });

  it("keeps the embedded sea and land under the archive, and Jiaxing's lines above it", () => {
    expect(ids.slice(0, 2)).toEqual(["sea", "land"]);
    const firstArchive = ids.findIndex((id) => id.startsWith("online-detail-"));
    expect(firstArchive).toBe(2);
    expect(ids.indexOf("county-line")).toBeGreaterThan(ids.indexOf("online-detail-roads_major"));
    expect(ids).not.toContain("online-detail-background");
    expect(ids).not.toContain("neighbour-label");
  });

  it("puts the basemap's names above every project shape and below the project labels, stations above both", () => {
    const landmarks = ["online-detail-pois_landmarks"];
    const names = archiveLayers
      .filter((layer) => layer.type === "symbol" && !landmarks.includes(layer.id))
      .map((layer) => ids.indexOf(layer.id));
    const shapes = [PROJECT_LAYER.zoneFill, PROJECT_LAYER.lineHalo, PROJECT_LAYER.line, PROJECT_LAYER.point];
    const labels = [PROJECT_LAYER.labelLine, PROJECT_LAYER.labelPoint, PROJECT_LAYER.labelZone].map((id) =>
      ids.indexOf(id),
    );
    expect(names.length).toBeGreaterThan(5);
    expect(Math.min(...names)).toBeGreaterThan(Math.max(...shapes.map((id) => ids.indexOf(id))));
    expect(Math.max(...names)).toBeLessThan(Math.min(...labels));
    expect(ids.indexOf("online-detail-pois_landmarks")).toBeGreaterThan(Math.max(...labels));
    expect(ids.indexOf("online-detail-pois_landmarks")).toBeLessThan(ids.indexOf("county-label"));
  });

  it("splits points of interest: stations, airports and ferry terminals as landmarks, the rest below", () => {
    const filterOf = (id: string) =>
      (archiveLayers.find((layer) => layer.id === id) as { filter: unknown }).filter;
    const passes = (id: string, kind: string) => {
      const compiled = createExpression(filterOf(id), "filter", latest.filter as never);
      if (compiled.result !== "success") throw new Error(JSON.stringify(compiled.value));
      return compiled.value.evaluate(
        { zoom: 16 } as never,
        { type: 1, properties: { kind, min_zoom: 12 } } as never,
      );
    };
    expect(
      ["station", "aerodrome", "ferry_terminal", "museum"].map((kind) =>
        passes("online-detail-pois_landmarks", kind),
      ),
    ).toEqual([true, true, true, false]);
    expect(["station", "museum"].map((kind) => passes("online-detail-pois", kind))).toEqual([false, true]);
  });

  it("names a station in the interface language, following the language global state", () => {
    const pois = archiveLayers.find(
      (layer) => layer.id === "online-detail-pois_landmarks",
    ) as LayerSpecification;
    const station = {
      name: "嘉兴南站",
      "name:en": "Jiaxing South Railway Station",
      "name:zh-Hans": "嘉兴南站",
      script: "Han",
      kind: "station",
      min_zoom: 13,
    };
    const text = (language: string) => {
      const compiled = createExpression(
        layout(pois)["text-field"],
        "text-field",
        latest.layout_symbol["text-field"] as never,
        {
          language,
        },
      );
      if (compiled.result !== "success") throw new Error(JSON.stringify(compiled.value));
      const value = compiled.value.evaluate({ zoom: 14 } as never, { type: 1, properties: station } as never);
      return String(value);
    };
    expect(text("zh")).toBe("嘉兴南站");
    expect(text("en")).toContain("Jiaxing South Railway Station");
  });

  it("takes the dark flavour under a dark page and the configured one under a light page", () => {
    const sets = protomapsLayerSets(onlineSourceId("detail"), "grayscale");
    const roads = (set: keyof typeof sets) =>
      (
        sets[set].base.find((layer) => layer.id === "online-detail-roads_major") as {
          paint: Record<string, unknown>;
        }
      ).paint["line-color"];
    expect(roads("light")).not.toEqual(roads("dark"));
    const darkStyle = styleFor({ ...STANDARD_THEME, tone: "dark" }, {
      ...archive,
      layers: sets,
    } as ActiveBasemap);
    expect(JSON.stringify(darkStyle.layers)).toContain(JSON.stringify(roads("dark")));
    expect(JSON.stringify(darkStyle.layers)).not.toContain(JSON.stringify(roads("light")));
  });

  it("takes the theme's land and sea (no seam at the archive's edge) and its calm blue for lakes and rivers", () => {
    const paint = (id: string) =>
      (style.layers.find((layer) => layer.id === id) as { paint: Record<string, unknown> }).paint;
    expect(paint("online-detail-earth")["fill-color"]).toBe(STANDARD_THEME.land);
    const water = (kind: string) => {
      const compiled = createExpression(paint("online-detail-water")["fill-color"], "fill-color");
      if (compiled.result !== "success") throw new Error(JSON.stringify(compiled.value));
      return String(
        compiled.value.evaluate({ zoom: 12 } as never, { type: 3, properties: { kind } } as never),
      );
    };
    expect([water("ocean"), water("lake"), water("river")]).toEqual([
      STANDARD_THEME.sea,
      STANDARD_THEME.inlandWater,
      STANDARD_THEME.inlandWater,
    ]);
    expect(paint("online-detail-water_label_lakes")["text-halo-color"]).toBe(STANDARD_THEME.inlandWater);
    expect(paint("online-detail-water_river")["line-color"]).toBe(STANDARD_THEME.inlandWater);
    const flavour = protomapsLayerSets("x").light.ground;
    expect(JSON.stringify(style.layers)).not.toContain(flavour.water);
  });

  it("draws names 1.6 times larger in the presentation, like every other label there", () => {
    const size = (layers: LayerSpecification[], id: string) =>
      layout(layers.find((layer) => layer.id === id) as LayerSpecification)["text-size"];
    const presented = styleFor(PRESENTATION_THEME, archive).layers;
    expect(size(style.layers, "online-detail-roads_labels_major")).toBe(12);
    expect(size(presented, "online-detail-roads_labels_major")).toBeCloseTo(12 * PRESENTATION_THEME.scale);
    expect(size(presented, "online-detail-pois_landmarks")).toEqual([
      "interpolate",
      ["linear"],
      ["zoom"],
      12,
      12 * 1.6,
      17,
      15 * 1.6,
    ]);
  });
});
