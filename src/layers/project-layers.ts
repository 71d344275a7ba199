// Project layers as data. Status is drawn twice — by colour and by dash pattern (lines, outlines) or
// hollow/filled markers (points) — so colour-blind readers can tell it. Schematic and approximate
// geometry gets a soft band as wide as its stated uncertainty (corridor-layers.ts), and its centre line
// fades once that band is wide on screen. Visibility is one global-state expression for all layers.
import type {
  DataDrivenPropertyValueSpecification,
  ExpressionSpecification,
  LayerSpecification,
} from "@maplibre/maplibre-gl-style-spec";
import { STATUSES } from "../data/project-schema";
import { corridorLayers } from "./corridor-layers";
import { progressColour, progressDash, progressHollow, showsProgress } from "./progress-expressions";
import { drawn, isLargeZone, isLine, isPoint, isPolygon, isSchematic } from "./project-geometry-expressions";
import { whenHighlighted } from "./project-highlight";
import { projectLabelLayers } from "./project-label-layers";
import { PROJECT_LAYER, PROJECT_OUTLINE_SOURCE, PROJECT_SOURCE } from "./project-layer-ids";
import { shownOpacity, type VisibilityMode } from "./project-visibility";
import { HOLLOW_STATUSES, STATUS_DASHES, type Theme } from "./theme";
import { centreLineOpacityExpression } from "./uncertainty-corridor";

function byStatus<T>(values: Record<string, T>, fallback: T): ExpressionSpecification {
  return [
    "match",
    ["get", "status"],
    ...STATUSES.flatMap((status) => [status, values[status] as T]),
    fallback,
  ] as unknown as ExpressionSpecification;
}

export function statusColour(theme: Theme): ExpressionSpecification {
  return byStatus(theme.statusColours, theme.unknownStatus);
}

const statusDash = [
  "match",
  ["get", "status"],
  ...STATUSES.flatMap((status) => [status, ["literal", STATUS_DASHES[status]]]),
  ["literal", [1, 0]],
] as unknown as DataDrivenPropertyValueSpecification<number[]>;

const isHollowStatus: ExpressionSpecification = ["in", ["get", "status"], ["literal", [...HOLLOW_STATUSES]]];
// The "then and now" view swaps colour, dash and hollowness for the recorded stage (progress-expressions.ts).
const isHollow: ExpressionSpecification = ["case", showsProgress, progressHollow, isHollowStatus];
const viewDash = [
  "case",
  showsProgress,
  progressDash,
  statusDash,
] as unknown as DataDrivenPropertyValueSpecification<number[]>;

// Casing says what kind of line it is, independent of status (theme.casings).
function lineCasing(theme: Theme): ExpressionSpecification {
  return [
    "match",
    ["get", "layer"],
    "railway",
    theme.casings.railway,
    "waterway",
    theme.casings.waterway,
    theme.casings.other,
  ];
}

export function projectLayers(theme: Theme, mode: VisibilityMode = "feature-state"): LayerSpecification[] {
  const colour: ExpressionSpecification = ["case", showsProgress, progressColour(), statusColour(theme)];
  const s = theme.scale;
  const fading = shownOpacity(centreLineOpacityExpression(), mode);
  const corridors = corridorLayers(
    {
      line: PROJECT_LAYER.lineHalo,
      lineEdge: PROJECT_LAYER.lineHaloEdge,
      zone: PROJECT_LAYER.zoneHalo,
      point: PROJECT_LAYER.pointHalo,
    },
    { line: drawn(isLine, mode), zone: drawn(isPolygon, mode), point: drawn(isPoint, mode) },
    colour,
    mode,
  );
  const width = (base: number): ExpressionSpecification => [
    "interpolate",
    ["linear"],
    ["zoom"],
    8,
    base * s,
    13,
    base * 2 * s,
  ];
  return [
    {
      id: PROJECT_LAYER.zoneFill,
      type: "fill",
      source: PROJECT_SOURCE,
      filter: drawn(isPolygon, mode),
      paint: {
        "fill-color": colour,
        // Fade with size (km²): a small site stays distinct; a pilot zone the size of a prefecture is a tint.
        "fill-opacity": shownOpacity(
          [
            "*",
            ["case", isSchematic, 0.6, 1],
            ["interpolate", ["linear"], ["get", "area_km2"], 20, 0.3, 400, 0.14, 3000, 0.04],
          ],
          mode,
        ),
      },
    },
    corridors.zone,
    {
      id: PROJECT_LAYER.zoneOutline,
      type: "line",
      source: PROJECT_SOURCE,
      filter: drawn(isPolygon, mode),
      paint: {
        "line-color": colour,
        // A zone larger than a county (km²) keeps a hairline edge so it does not read as a road.
        "line-width": [
          "interpolate",
          ["linear"],
          ["zoom"],
          8,
          ["case", isLargeZone, 0.8 * s, 1.4 * s],
          13,
          ["case", isLargeZone, 1 * s, 2.8 * s],
        ],
        "line-dasharray": viewDash,
        "line-opacity": fading,
      },
    },
    corridors.line,
    corridors.lineEdge,
    {
      id: PROJECT_LAYER.lineCasing,
      type: "line",
      source: PROJECT_SOURCE,
      filter: drawn(isLine, mode),
      layout: { "line-cap": "round", "line-join": "round" },
      paint: { "line-color": lineCasing(theme), "line-width": width(5.5), "line-opacity": fading },
    },
    {
      id: PROJECT_LAYER.line,
      type: "line",
      source: PROJECT_SOURCE,
      filter: drawn(isLine, mode),
      layout: { "line-join": "round" },
      paint: {
        "line-color": colour,
        "line-width": width(3),
        "line-dasharray": viewDash,
        "line-opacity": fading,
      },
    },
    corridors.point,
    {
      id: PROJECT_LAYER.point,
      type: "circle",
      source: PROJECT_SOURCE,
      filter: drawn(isPoint, mode),
      paint: {
        "circle-radius": 6.5 * s,
        "circle-color": ["case", isHollow, theme.markerStroke, colour],
        "circle-stroke-color": ["case", isHollow, colour, theme.markerStroke],
        "circle-stroke-width": ["case", isHollow, 3 * s, 1.5 * s],
        "circle-opacity": shownOpacity(1, mode),
        "circle-stroke-opacity": shownOpacity(1, mode),
      },
    },
    ...highlightLayers(theme, mode),
    ...projectLabelLayers(theme, mode),
  ];
}

// Every project is in these layers, drawn only where feature state says it is highlighted
// (project-highlight.ts), whatever the filters: a picked project hidden by a filter still shows where it is.
function highlightLayers(theme: Theme, mode: VisibilityMode): LayerSpecification[] {
  const s = theme.scale;
  const source = mode === "feature-state" ? PROJECT_OUTLINE_SOURCE : PROJECT_SOURCE;
  return [
    {
      id: PROJECT_LAYER.highlightLine,
      type: "line",
      source,
      filter: ["!", isPoint],
      layout: { "line-join": "round", "line-cap": "round" },
      paint: {
        "line-color": theme.highlight,
        "line-width": 3 * s,
        "line-gap-width": 5 * s,
        "line-opacity": whenHighlighted(0.85),
      },
    },
    {
      id: PROJECT_LAYER.highlightPoint,
      type: "circle",
      source,
      filter: isPoint,
      paint: {
        "circle-radius": 11 * s,
        "circle-color": theme.transparent,
        "circle-stroke-color": theme.highlight,
        "circle-stroke-width": 3 * s,
        "circle-stroke-opacity": whenHighlighted(1),
      },
    },
  ];
}
