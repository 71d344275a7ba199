// Which project features a layer draws: by geometry, size and precision, always within the visibility
// rule (one global-state expression for every layer).
import type { ExpressionSpecification } from "@maplibre/maplibre-gl-style-spec";
import { globalState } from "./global-state";
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
