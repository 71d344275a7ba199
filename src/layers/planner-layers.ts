// Planner overlays as data: the N-km catchments (under the projects, so the lines stay readable), the
// chosen area — a county or a finished drawing — with the measured figure labelled at its last corner,
// and the sketch being drawn (both on top of everything). The overlays' data is set by the map
// controller; these layers only say how it looks.
import type { ExpressionSpecification, LayerSpecification } from "@maplibre/maplibre-gl-style-spec";
import { LABEL_FONT, type Theme } from "./theme";

export const PLANNER_OVERLAYS = ["planner-catchments", "planner-area", "planner-drawing"] as const;
export type PlannerOverlayName = (typeof PLANNER_OVERLAYS)[number];

// Catchment fills stay pale so the county borders and project lines read through all three catchments
// at once (three overlapping fills of 0.08 still let 78 % of the map through); each layer is told apart
// by its own outline: colour and dash (rail solid, highway dashed, waterway dotted, as in the legend).
// Hues are the theme's (theme.catchments), the sketch's theme.drawing.
const CATCHMENT_FILL_OPACITY = 0.08;
const CATCHMENT_DASHES: Record<"railway" | "highway" | "waterway", number[] | null> = {
  railway: null,
  highway: [4, 2],
  waterway: [1, 1.5],
};

function catchmentColour(theme: Theme): ExpressionSpecification {
  const { railway, highway, waterway, other } = theme.catchments;
  return ["match", ["get", "layer"], "railway", railway, "highway", highway, "waterway", waterway, other];
}
const isPolygon: ExpressionSpecification = ["==", ["geometry-type"], "Polygon"];
const isLine: ExpressionSpecification = ["==", ["geometry-type"], "LineString"];
const isPoint: ExpressionSpecification = ["==", ["geometry-type"], "Point"];

/** Below the project layers. */
export function catchmentLayers(theme: Theme): LayerSpecification[] {
  return [
    {
      id: "planner-catchment-fill",
      type: "fill",
      source: "planner-catchments",
      paint: { "fill-color": catchmentColour(theme), "fill-opacity": CATCHMENT_FILL_OPACITY },
    },
    ...Object.entries(CATCHMENT_DASHES).map(
      ([layer, dashes]): LayerSpecification => ({
        id: `planner-catchment-outline-${layer}`,
        type: "line",
        source: "planner-catchments",
        filter: ["==", ["get", "layer"], layer],
        layout: { "line-join": "round" },
        paint: {
          "line-color": catchmentColour(theme),
          "line-width": 2 * theme.scale,
          "line-opacity": 0.9,
          ...(dashes ? { "line-dasharray": dashes } : {}),
        },
      }),
    ),
  ];
}

/** Above everything: the chosen area, then the sketch with its corners. */
export function drawingLayers(theme: Theme): LayerSpecification[] {
  const s = theme.scale;
  return [
    {
      id: "planner-area-fill",
      type: "fill",
      source: "planner-area",
      filter: isPolygon,
      paint: { "fill-color": theme.drawing, "fill-opacity": 0.08 },
    },
    {
      id: "planner-area-line",
      type: "line",
      source: "planner-area",
      // Polygons draw their outline here too: a fill layer's own outline is 1 px and cannot be widened.
      paint: { "line-color": theme.drawing, "line-width": 2.5 * s, "line-dasharray": [3, 1.5] },
    },
    {
      // The measured length or area at the last corner (a point feature with a `label`).
      id: "planner-area-label",
      type: "symbol",
      source: "planner-area",
      filter: isPoint,
      layout: {
        "text-field": ["get", "label"],
        "text-font": [LABEL_FONT],
        "text-size": 14 * s,
        "text-anchor": "bottom-left",
        "text-offset": [0.6, -0.6],
        "text-allow-overlap": true,
        "text-ignore-placement": true,
      },
      paint: {
        "text-color": theme.drawing,
        "text-halo-color": theme.labelHalo,
        "text-halo-width": 2 * s,
      },
    },
    {
      id: "planner-drawing-fill",
      type: "fill",
      source: "planner-drawing",
      filter: isPolygon,
      paint: { "fill-color": theme.drawing, "fill-opacity": 0.12 },
    },
    {
      id: "planner-drawing-line",
      type: "line",
      source: "planner-drawing",
      filter: isLine,
      paint: { "line-color": theme.drawing, "line-width": 2.5 * s },
    },
    {
      id: "planner-drawing-vertex",
      type: "circle",
      source: "planner-drawing",
      filter: isPoint,
      paint: {
        "circle-radius": 5 * s,
        "circle-color": theme.markerStroke,
        "circle-stroke-color": theme.drawing,
        "circle-stroke-width": 2.5 * s,
      },
    },
  ];
}
