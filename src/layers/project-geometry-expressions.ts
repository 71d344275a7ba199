// Which project features a layer draws: by geometry, size and precision, within the visibility rule
// when the filters are global state (project-visibility.ts).
import type { ExpressionSpecification } from "@maplibre/maplibre-gl-style-spec";
import type { VisibilityMode } from "./project-visibility";
import { VISIBLE_PROJECT_EXPRESSION } from "./visible-projects-expression";

export const isPolygon: ExpressionSpecification = ["==", ["geometry-type"], "Polygon"];
export const isLine: ExpressionSpecification = ["==", ["geometry-type"], "LineString"];
export const isPoint: ExpressionSpecification = ["==", ["geometry-type"], "Point"];
export const isLargeZone: ExpressionSpecification = [">=", ["get", "area_km2"], 800];
export const isSchematic: ExpressionSpecification = ["==", ["get", "precision"], "schematic"];
export function visible(geometry: ExpressionSpecification): ExpressionSpecification {
  return ["all", geometry, VISIBLE_PROJECT_EXPRESSION];
}

/** A layer's filter: the geometry it draws, and the filters' rule only when they are global state. */
export function drawn(geometry: ExpressionSpecification, mode: VisibilityMode): ExpressionSpecification {
  return mode === "global-state" ? visible(geometry) : geometry;
}
