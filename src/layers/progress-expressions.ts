// The "then and now" view as style expressions: each project's latest recorded stage is looked up by id
// in the global-state key `progressStages` (one object per chosen year), so moving the year slider is one
// global-state change and no re-upload of the project data. A project missing from the lookup has no
// record and is drawn as such.
import type { ExpressionSpecification } from "@maplibre/maplibre-gl-style-spec";
import { PROGRESS_STAGES } from "../filters/progress-at-date";
import { globalState } from "./global-state";
import { HOLLOW_PROGRESS_STAGES, PROGRESS_COLOURS, PROGRESS_DASHES } from "./theme";

export const showsProgress: ExpressionSpecification = ["==", globalState("mapView"), "progress"];

const stage: ExpressionSpecification = [
  "to-string",
  ["coalesce", ["get", ["get", "id"], ["object", globalState("progressStages")]], "no-record"],
];

export function progressColour(): ExpressionSpecification {
  return [
    "match",
    stage,
    ...PROGRESS_STAGES.flatMap((name) => [name, PROGRESS_COLOURS[name]]),
    PROGRESS_COLOURS["no-record"],
  ] as unknown as ExpressionSpecification;
}

export const progressDash = [
  "match",
  stage,
  ...PROGRESS_STAGES.flatMap((name) => [name, ["literal", PROGRESS_DASHES[name]]]),
  ["literal", PROGRESS_DASHES["no-record"]],
] as unknown as ExpressionSpecification;

export const progressHollow: ExpressionSpecification = [
  "in",
  stage,
  ["literal", [...HOLLOW_PROGRESS_STAGES]],
];
