import {
  createExpression,
  type ExpressionSpecification,
  latest,
  validateStyleMin,
} from "@maplibre/maplibre-gl-style-spec";
import type { FeatureCollection } from "geojson";
import { describe, expect, it } from "vitest";
import { PRECISION_UNCERTAINTY_METRES, PRECISIONS, type Precision } from "../data/project-schema";
import { MAP_LIMITS } from "../geo/camera";
import { buildFontFaces } from "./font-faces";
import { EMPTY_BASEMAP, mapStyle } from "./map-style";
import { PROJECT_LAYER } from "./project-layer-ids";
import { shownOpacity } from "./project-visibility";
import { STANDARD_THEME } from "./theme";
import {
  CENTRE_LINE_FADE_PIXELS,
  centreLineOpacityExpression,
  FADED_CENTRE_LINE_OPACITY,
  fadeZoom,
  metresPerPixel,
} from "./uncertainty-corridor";

const projects: FeatureCollection = {
  type: "FeatureCollection",
  features: PRECISIONS.map((precision) => ({
    type: "Feature",
    properties: { id: precision, precision, status: "construction" },
    geometry: {
      type: "LineString",
      coordinates: [
        [120.7, 30.7],
        [120.8, 30.75],
      ],
    },
  })),
};

const style = mapStyle({
  theme: STANDARD_THEME,
  fontFaces: buildFontFaces({ latin: "U+0000-00FF" }, { latin: "/a.woff2" }),
  basemap: EMPTY_BASEMAP,
  projects,
  attribution: "test",
});

function paintOf(id: string, property: string): ExpressionSpecification {
  const layer = style.layers.find((candidate) => candidate.id === id);
  return (layer as unknown as { paint: Record<string, ExpressionSpecification> }).paint[
    property
  ] as ExpressionSpecification;
}

// Evaluates a paint expression the way MapLibre does, for one feature's precision at one zoom.
function evaluate(expression: ExpressionSpecification, zoom: number, precision: Precision): number {
  const compiled = createExpression(expression, latest.paint_line["line-width"] as never);
  if (compiled.result !== "success") throw new Error(JSON.stringify(compiled.value));
  return compiled.value.evaluate({ zoom }, {
    type: 2,
    properties: { precision },
    geometry: [],
  } as never) as number;
}

describe("uncertainty corridors", () => {
  it("leave a valid MapLibre style", () => {
    expect(validateStyleMin(style)).toEqual([]);
  });

  it.each([7, 9, 12, 14, 16.5])(
    "are as wide on the ground as the precision table says at zoom %s",
    (zoom) => {
      const width = paintOf(PROJECT_LAYER.lineHalo, "line-width");
      for (const precision of ["schematic", "approximate"] as const) {
        const metres = evaluate(width, zoom, precision) * metresPerPixel(zoom, 30.75);
        expect(metres).toBeCloseTo(PRECISION_UNCERTAINTY_METRES[precision], -1);
      }
      expect(evaluate(width, zoom, "exact")).toBe(0);
    },
  );

  it("give zone edges the same band as lines, and a site a disc of the same width", () => {
    const zone = paintOf(PROJECT_LAYER.zoneHalo, "line-width");
    expect(evaluate(zone, 12, "schematic") * metresPerPixel(12)).toBeCloseTo(4000, -1);
    const radius = paintOf(PROJECT_LAYER.pointHalo, "circle-radius");
    const compiled = createExpression(radius, latest.paint_circle["circle-radius"] as never);
    if (compiled.result !== "success") throw new Error("circle-radius does not compile");
    const pixels = compiled.value.evaluate({ zoom: 13 }, {
      type: 1,
      properties: { uncertainty_radius_m: 2000 },
      geometry: [],
    } as never) as number;
    expect(pixels * metresPerPixel(13)).toBeCloseTo(2000, -1);
  });

  it("are 4 km wide for schematic drawings: about 30 px at zoom 9, 244 px at zoom 12, 975 px at zoom 14", () => {
    const width = paintOf(PROJECT_LAYER.lineHalo, "line-width");
    expect(evaluate(width, 9, "schematic")).toBeCloseTo(30.4, 0);
    expect(evaluate(width, 12, "schematic")).toBeCloseTo(243.6, 0);
    expect(evaluate(width, 14, "schematic")).toBeCloseTo(974.4, 0);
  });

  it("fade the centre line once the band is wider than 40 px, and never an exact line", () => {
    const opacity = centreLineOpacityExpression();
    for (const precision of ["schematic", "approximate"] as const) {
      const zoom = fadeZoom(precision);
      expect(PRECISION_UNCERTAINTY_METRES[precision] / metresPerPixel(zoom)).toBeCloseTo(
        CENTRE_LINE_FADE_PIXELS,
        6,
      );
      expect(evaluate(opacity, zoom - 0.1, precision)).toBe(1);
      expect(evaluate(opacity, zoom + 0.5, precision)).toBeCloseTo((1 + FADED_CENTRE_LINE_OPACITY) / 2, 2);
      expect(evaluate(opacity, zoom + 1.2, precision)).toBe(FADED_CENTRE_LINE_OPACITY);
    }
    expect(evaluate(opacity, MAP_LIMITS.maxZoom, "exact")).toBe(1);
    expect(fadeZoom("schematic")).toBeCloseTo(9.39, 2);
    expect(fadeZoom("approximate")).toBeCloseTo(10.81, 2);
  });

  it("draw the corridor's limits close up, as the centre line fades, at the band's width", () => {
    const edgeOpacity = paintOf(PROJECT_LAYER.lineHaloEdge, "line-opacity");
    const gap = paintOf(PROJECT_LAYER.lineHaloEdge, "line-gap-width");
    expect(evaluate(edgeOpacity, 8, "schematic")).toBe(0);
    expect(evaluate(edgeOpacity, 12, "schematic")).toBeGreaterThan(0.5);
    expect(evaluate(edgeOpacity, 10, "approximate")).toBe(0);
    expect(evaluate(edgeOpacity, 14, "exact")).toBe(0);
    expect(evaluate(gap, 13, "schematic") * metresPerPixel(13)).toBeCloseTo(4000, -1);
  });

  it("put the fading on the centre line, its casing and zone outlines", () => {
    for (const id of [PROJECT_LAYER.line, PROJECT_LAYER.lineCasing, PROJECT_LAYER.zoneOutline]) {
      // The same fading, each output dropping to 0 for a project the filters hide (project-visibility.ts).
      expect(paintOf(id, "line-opacity")).toEqual(
        shownOpacity(centreLineOpacityExpression(), "feature-state"),
      );
    }
  });
});
