// Which project features a layer draws: by geometry, size and precision, within the visibility rule
// when the filters are global state (project-visibility.ts).
import type { ExpressionSpecification } from "@maplibre/maplibre-gl-style-spec";
import { globalState } from "./global-state";
import type { VisibilityMode } from "./project-visibility";
import { VISIBLE_PROJECT_EXPRESSION } from "./visible-projects-expression";

export const isPolygon: ExpressionSpecification = ["==", ["geometry-type"], "Polygon"];
export const isLine: ExpressionSpecification = ["==", ["geometry-type"], "LineString"];
export const isPoint: ExpressionSpecification = ["==", ["geometry-type"], "Point"];
export const isLargeZone: ExpressionSpecification = [">=", ["get", "area_km2"], 800];
export const isSchematic: ExpressionSpecification = ["==", ["get", "precision"], "schematic"];
// A slide's points beyond the city sit in its locator inset; on the big map they would float outside the
// frame, under the caption (state/presenter/presenter-slide-plan.ts).
const notAside: ExpressionSpecification = ["!", ["in", ["get", "id"], globalState("asideIds")]];

export function visible(geometry: ExpressionSpecification): ExpressionSpecification {
  return ["all", geometry, VISIBLE_PROJECT_EXPRESSION, notAside];
}

/** A layer's filter: the geometry it draws, and the filters' rule only when they are global state. */
export function drawn(geometry: ExpressionSpecification, mode: VisibilityMode): ExpressionSpecification {
  return mode === "global-state" ? visible(geometry) : geometry;
}
