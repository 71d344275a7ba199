import { validateStyleMin } from "@maplibre/maplibre-gl-style-spec";
import { describe, expect, it } from "vitest";
import { EMPTY_BASEMAP, EMPTY_COLLECTION, mapStyle } from "./map-style";
import { catchmentLayers, drawingLayers, PLANNER_OVERLAYS } from "./planner-layers";
import { PRESENTATION_THEME, STANDARD_THEME, type Theme } from "./theme";

function plannerStyle(theme: Theme) {
  return {
    version: 8 as const,
    sources: Object.fromEntries(
      PLANNER_OVERLAYS.map((name) => [name, { type: "geojson" as const, data: EMPTY_COLLECTION }]),
    ),
    layers: [...catchmentLayers(theme), ...drawingLayers(theme)],
  };
}

describe("planner layers", () => {
  it("are valid MapLibre layers in both themes", () => {
    expect(validateStyleMin(plannerStyle(STANDARD_THEME))).toEqual([]);
    expect(validateStyleMin(plannerStyle(PRESENTATION_THEME))).toEqual([]);
  });

  it("read only the planner overlay sources", () => {
    const sources = new Set(
      plannerStyle(STANDARD_THEME).layers.map((layer) => ("source" in layer ? layer.source : "")),
    );
    expect([...sources].every((source) => (PLANNER_OVERLAYS as readonly string[]).includes(source))).toBe(
      true,
    );
  });

  it("scale line widths with the theme, for the projector", () => {
    const width = (theme: Theme) =>
      drawingLayers(theme).find((layer) => layer.id === "planner-drawing-line")?.paint;
    expect(width(PRESENTATION_THEME)).toEqual({ "line-color": "#c2185b", "line-width": 4 });
    expect(width(STANDARD_THEME)).toEqual({ "line-color": "#c2185b", "line-width": 2.5 });
  });
});

describe("catchments and the measure label", () => {
  it("give each catchment layer its own outline, told apart by dash as well as colour", () => {
    const outlines = catchmentLayers(STANDARD_THEME).filter((layer) => layer.type === "line");
    expect(outlines.map((layer) => ("filter" in layer ? layer.filter : null))).toEqual([
      ["==", ["get", "layer"], "railway"],
      ["==", ["get", "layer"], "highway"],
      ["==", ["get", "layer"], "waterway"],
    ]);
    const dashes = outlines.map((layer) =>
      JSON.stringify((layer.paint as Record<string, unknown>)["line-dasharray"]),
    );
    expect(new Set(dashes).size).toBe(3);
  });

  it("label the measured figure from the chosen area's point feature", () => {
    const label = drawingLayers(STANDARD_THEME).find((layer) => layer.id === "planner-area-label");
    expect(label?.type).toBe("symbol");
    expect(label && "source" in label ? label.source : null).toBe("planner-area");
    expect((label?.layout as Record<string, unknown> | undefined)?.["text-field"]).toEqual(["get", "label"]);
  });
});

describe("planner overlays in the map style", () => {
  const drawn = {
    type: "FeatureCollection" as const,
    features: [
      {
        type: "Feature" as const,
        properties: {},
        geometry: { type: "Point" as const, coordinates: [120.7, 30.7] },
      },
    ],
  };
  const style = mapStyle({
    theme: STANDARD_THEME,
    fontFaces: {},
    basemap: EMPTY_BASEMAP,
    projects: EMPTY_COLLECTION,
    attribution: "test",
    overlays: { "planner-drawing": drawn },
  });

  it("start empty unless given, and carry what they are given", () => {
    expect(style.sources["planner-catchments"]).toEqual({ type: "geojson", data: EMPTY_COLLECTION });
    expect(style.sources["planner-drawing"]).toEqual({ type: "geojson", data: drawn });
  });

  it("put catchments under the project lines and the sketch over everything", () => {
    const ids = style.layers.map((layer) => layer.id);
    expect(ids.indexOf("planner-catchment-fill")).toBeLessThan(ids.indexOf("project-line"));
    expect(ids.at(-1)).toBe("planner-drawing-vertex");
    expect(validateStyleMin(style)).toEqual([]);
  });
});
