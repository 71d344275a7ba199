// Label text follows the `language` global state, so switching 中文/English repaints labels without
// rebuilding the style or the sources.

import type { ExpressionSpecification } from "@maplibre/maplibre-gl-style-spec";
import { globalState } from "./global-state";

export const LOCALISED_NAME: ExpressionSpecification = [
  "case",
  ["==", globalState("language"), "en"],
  ["coalesce", ["get", "name_en"], ["get", "name_zh"]],
  ["coalesce", ["get", "name_zh"], ["get", "name_en"]],
];
