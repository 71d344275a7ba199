// The projects' names on the map: along lines, beside sites and once inside each zone (from its own
// label-point source), in the interface language.
import type { ExpressionSpecification, LayerSpecification } from "@maplibre/maplibre-gl-style-spec";
import { LOCALISED_NAME } from "./label-text";
import { isLargeZone, isLine, isPoint, visible } from "./project-geometry-expressions";
import { PROJECT_LABEL_SOURCE, PROJECT_LAYER, PROJECT_SOURCE, ZONE_LABEL_SOURCE } from "./project-layer-ids";
import type { VisibilityMode } from "./project-visibility";
import { LABEL_FONT, type Theme } from "./theme";
import { VISIBLE_PROJECT_EXPRESSION } from "./visible-projects-expression";

// Names appear from just inside the city overview: the whole city at 1280×800 opens at zoom ≈ 9.0, where
// forty-one names in Chinese pile on each other, and placing the names of 10 000 projects there made a
// filter change four times slower than bare MapLibre (npm run bench, 2026-11-29). One step in, they show.
const LABEL_MIN_ZOOM = 9.5;

// Names that share a place (data/label-places.ts) all hang below it at one offset, so their boxes
// collide and MapLibre writes only the first (symbol-sort-key: its rank there); a name alone may sit on
// any side of its point. Offsets in ems.
const isShared: ExpressionSpecification = ["==", ["get", "label_shared"], true];
const BELOW: unknown[] = ["top", [0, 1.1]];
const pointAnchors = [
  "case",
  isShared,
  ["literal", BELOW],
  ["literal", ["left", [1.1, 0], "right", [-1.1, 0], "top", [0, 1.1], "bottom", [0, -1.1]]],
] as unknown as ExpressionSpecification;
const zoneAnchors = [
  "case",
  isShared,
  ["literal", BELOW],
  ["literal", ["center", [0, 0]]],
] as unknown as ExpressionSpecification;
const rank: ExpressionSpecification = ["coalesce", ["get", "label_rank"], 0];

// With the filters in feature state (project-visibility.ts), names come from a source of their own, so a
// filter change reloads only the names: a hidden name drawn at opacity 0 would still push visible ones aside.
export function projectLabelLayers(
  theme: Theme,
  mode: VisibilityMode = "feature-state",
): LayerSpecification[] {
  const source = mode === "feature-state" ? PROJECT_LABEL_SOURCE : PROJECT_SOURCE;
  const paint = {
    "text-color": theme.labelText,
    "text-halo-color": theme.labelHalo,
    "text-halo-width": 1.8 * theme.scale,
  };
  const common = {
    "text-field": LOCALISED_NAME,
    "text-font": [LABEL_FONT],
    "text-size": [
      "interpolate",
      ["linear"],
      ["zoom"],
      8,
      11 * theme.scale,
      13,
      14 * theme.scale,
    ] as ExpressionSpecification,
    "text-optional": true,
    "text-padding": 3,
  };
  return [
    {
      id: PROJECT_LAYER.labelLine,
      type: "symbol",
      source,
      minzoom: LABEL_MIN_ZOOM,
      filter: visible(isLine),
      layout: { ...common, "symbol-placement": "line", "text-max-angle": 30, "symbol-spacing": 400 },
      paint,
    },
    {
      id: PROJECT_LAYER.labelZone,
      type: "symbol",
      source: ZONE_LABEL_SOURCE,
      // Large zones (≥ 800 km², more than a county) are named in the list and details, not on the map.
      filter: ["all", VISIBLE_PROJECT_EXPRESSION, ["!", isLargeZone]],
      minzoom: LABEL_MIN_ZOOM,
      layout: {
        ...common,
        "text-variable-anchor-offset": zoneAnchors,
        "symbol-sort-key": rank,
        "text-max-width": 9,
        "text-justify": "center",
      },
      paint,
    },
    // Above the zones' names: MapLibre places the upper layer's first, so a site is named before the
    // zone drawn around it.
    {
      id: PROJECT_LAYER.labelPoint,
      type: "symbol",
      source,
      filter: visible(isPoint),
      minzoom: LABEL_MIN_ZOOM,
      layout: {
        ...common,
        "text-variable-anchor-offset": pointAnchors,
        "symbol-sort-key": rank,
        "text-max-width": 9,
        "text-justify": "auto",
      },
      paint,
    },
  ];
}
