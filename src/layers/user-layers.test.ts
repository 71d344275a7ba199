import { validateStyleMin } from "@maplibre/maplibre-gl-style-spec";
import type { FeatureCollection } from "geojson";
import { describe, expect, it } from "vitest";
import { EMPTY_BASEMAP, EMPTY_COLLECTION, mapStyle } from "./map-style";
import { PRESENTATION_THEME, STANDARD_THEME, USER_LAYER_PALETTE } from "./theme";
import { DENSE_POSITIONS, pickableData, userLayerColour, userLayerStyles } from "./user-layers";

const POINTS: FeatureCollection = {
  type: "FeatureCollection",
  features: [
    { type: "Feature", id: "a", geometry: { type: "Point", coordinates: [120.7, 30.7] }, properties: {} },
    { type: "Feature", geometry: { type: "Point", coordinates: [120.8, 30.8] }, properties: { name: "b" } },
  ],
};

function styleWith(layers: ReturnType<typeof userLayerStyles>) {
  const base = mapStyle({
    theme: STANDARD_THEME,
    fontFaces: {},
    basemap: EMPTY_BASEMAP,
    projects: EMPTY_COLLECTION,
    attribution: "test",
  });
  return {
    ...base,
    sources: {
      ...base.sources,
      ...Object.fromEntries(layers.map((layer) => [layer.sourceId, layer.source])),
    },
    layers: [...base.layers, ...layers.flatMap((layer) => layer.layers)],
  };
}

describe("user layers as MapLibre data", () => {
  it("validate with the style spec in both themes, shown or hidden", () => {
    for (const theme of [STANDARD_THEME, PRESENTATION_THEME]) {
      const styles = userLayerStyles(
        [
          { id: "one", colourIndex: 0, visible: true, features: POINTS },
          { id: "two", colourIndex: 1, visible: false, features: EMPTY_COLLECTION },
        ],
        theme,
      );
      expect(validateStyleMin(styleWith(styles))).toEqual([]);
      const ids = styleWith(styles).layers.map((layer) => layer.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it("hide every style layer of a layer that is switched off", () => {
    const [hidden] = userLayerStyles(
      [{ id: "x", colourIndex: 0, visible: false, features: POINTS }],
      STANDARD_THEME,
    );
    for (const layer of hidden?.layers ?? []) expect(layer.layout?.visibility).toBe("none");
  });

  it("take palette colours in turn and wrap around", () => {
    expect(userLayerColour(0)).toBe(USER_LAYER_PALETTE[0]);
    expect(userLayerColour(USER_LAYER_PALETTE.length + 2)).toBe(USER_LAYER_PALETTE[2]);
    expect(new Set(USER_LAYER_PALETTE).size).toBe(USER_LAYER_PALETTE.length);
  });

  it("number features by their place in the layer and reuse the copy for the same collection", () => {
    const data = pickableData(POINTS);
    expect(data.features.map((feature) => feature.id)).toEqual([0, 1]);
    expect(data.features.map((feature) => feature.geometry)).toEqual(
      POINTS.features.map((feature) => feature.geometry),
    );
    // The map is handed no properties: nothing on it reads them, and copying them costs the page.
    expect(data.features.every((feature) => Object.keys(feature.properties ?? {}).length === 0)).toBe(true);
    expect(pickableData(POINTS)).toBe(data);
    // The stored layer itself keeps its own ids.
    expect(POINTS.features[0]?.id).toBe("a");
  });

  it("draw a dense layer's lines with mitred joins and flat ends, a small one's round", () => {
    // Lines of 50 positions each: one just at the threshold, one just over it.
    const lines = (positions: number): FeatureCollection => ({
      type: "FeatureCollection",
      features: Array.from({ length: positions / 50 }, (_, line) => ({
        type: "Feature",
        properties: {},
        geometry: {
          type: "LineString",
          coordinates: Array.from({ length: 50 }, (_, index) => [120.5 + index / 1000, 30.5 + line / 10_000]),
        },
      })),
    });
    const shapeOf = (features: FeatureCollection) => {
      const [style] = userLayerStyles([{ id: "x", colourIndex: 0, visible: true, features }], STANDARD_THEME);
      const line = style?.layers.find((layer) => layer.type === "line");
      return [
        line?.layout?.["line-join" as keyof typeof line.layout],
        line?.layout?.["line-cap" as keyof typeof line.layout],
      ];
    };
    expect(shapeOf(lines(DENSE_POSITIONS))).toEqual(["round", "round"]);
    expect(shapeOf(lines(DENSE_POSITIONS + 50))).toEqual(["miter", "butt"]);
    expect(shapeOf(POINTS)).toEqual(["round", "round"]);
  });
});
