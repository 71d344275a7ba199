import {
  createExpression,
  type LayerSpecification,
  validateStyleMin,
} from "@maplibre/maplibre-gl-style-spec";
import { describe, expect, it } from "vitest";
import {
  FADE_FROM_ZOOM,
  FADE_TO_ZOOM,
  FADED_LAYER_IDS,
  FADED_SHARE,
  fadeOverDetailedBasemap,
} from "./detailed-basemap-fade";
import { buildFontFaces } from "./font-faces";
import { EMPTY_BASEMAP, EMPTY_COLLECTION, mapStyle } from "./map-style";
import type { ActiveBasemap } from "./online-basemap";
import { PROJECT_LAYER } from "./project-layer-ids";
import { projectLayers } from "./project-layers";
import { STANDARD_THEME } from "./theme";

const raster: ActiveBasemap = {
  kind: "raster",
  id: "osm",
  tileSets: [["https://tile.example/{z}/{x}/{y}.png"]],
  tileSize: 256,
  maxzoom: 19,
  attribution: "© OSM",
};

function styleOver(online?: ActiveBasemap) {
  return mapStyle({
    online,
    theme: STANDARD_THEME,
    fontFaces: buildFontFaces({ latin: "U+0000-00FF" }, { latin: "/a.woff2" }),
    basemap: EMPTY_BASEMAP,
    projects: EMPTY_COLLECTION,
    attribution: "test",
  });
}

const OPACITY: Record<string, string> = {
  [PROJECT_LAYER.zoneFill]: "fill-opacity",
  [PROJECT_LAYER.zoneHalo]: "line-opacity",
  [PROJECT_LAYER.lineHalo]: "line-opacity",
  [PROJECT_LAYER.pointHalo]: "circle-opacity",
};

// A schematic zone of 100 km² and a schematic line: both get tints and bands.
const feature = { precision: "schematic", area_km2: 100, status: "planning", id: "x" };

function opacity(layers: LayerSpecification[], id: string, zoom: number): number {
  const layer = layers.find((candidate) => candidate.id === id) as { paint: Record<string, unknown> };
  const compiled = createExpression(layer.paint[OPACITY[id] as string], "opacity");
  if (compiled.result !== "success") throw new Error(JSON.stringify(compiled.value));
  return compiled.value.evaluate({ zoom } as never, { type: 3, properties: feature } as never) as number;
}

describe("projects over a detailed basemap", () => {
  const embedded = styleOver().layers;
  const detailed = styleOver(raster).layers;

  it("leave a valid style", () => {
    expect(validateStyleMin(styleOver(raster))).toEqual([]);
  });

  it.each(FADED_LAYER_IDS)("fade %s's tint close up to a quarter, and only over a detailed basemap", (id) => {
    const before = opacity(embedded, id, FADE_TO_ZOOM);
    expect(before).toBeGreaterThan(0);
    expect(opacity(detailed, id, FADE_FROM_ZOOM)).toBeCloseTo(opacity(embedded, id, FADE_FROM_ZOOM), 6);
    expect(opacity(detailed, id, FADE_TO_ZOOM)).toBeCloseTo(before * FADED_SHARE, 6);
    expect(opacity(detailed, id, 16)).toBeCloseTo(opacity(embedded, id, 16) * FADED_SHARE, 6);
  });

  it("keep the outlines a reader places them by: the corridors' limits, the zones' edges, the lines", () => {
    const outline = (layers: LayerSpecification[], id: string) =>
      JSON.stringify(layers.find((layer) => layer.id === id));
    for (const id of [
      PROJECT_LAYER.lineHaloEdge,
      PROJECT_LAYER.zoneOutline,
      PROJECT_LAYER.line,
      PROJECT_LAYER.point,
    ])
      expect(outline(detailed, id)).toBe(outline(embedded, id));
  });

  it("refuse to fade a tint that already varies with zoom rather than build an invalid expression", () => {
    const layers = projectLayers(STANDARD_THEME).map((layer) =>
      layer.id === PROJECT_LAYER.zoneFill
        ? ({
            ...layer,
            paint: { "fill-opacity": ["interpolate", ["linear"], ["zoom"], 8, 1, 12, 0.5] },
          } as LayerSpecification)
        : layer,
    );
    expect(() => fadeOverDetailedBasemap(layers)).toThrow(/already depends on zoom/);
  });
});
