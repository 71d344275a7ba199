// Which projects the filters hide, as MapLibre reads it. Two ways, one per page:
// - "feature-state" (the app): every project layer draws every project, and a hidden one is painted at
//   opacity 0 from its `hidden` feature state, which the map controller sets for the projects the
//   app's own filter predicate leaves out (map/hidden-projects.ts). A filter change then repaints the
//   features that changed instead of making MapLibre lay out every project tile again: at 10,000
//   projects ≈ 5 s became ≈ 1 s (npm run bench). Labels cannot be hidden by opacity (a hidden label
//   would still push visible ones aside), so they are drawn from a source of their own that the
//   global-state filter reloads alone (project-label-layers.ts).
// - "global-state" (the benchmark's bare MapLibre page): the layers' filters read the filters' global
//   state (visible-projects-expression.ts), as MapLibre's own examples do.
import type { ExpressionSpecification } from "@maplibre/maplibre-gl-style-spec";

export type VisibilityMode = "feature-state" | "global-state";

/** The feature-state key a hidden project carries, on the project and corridor sources. */
export const HIDDEN_STATE = "hidden";

const isHidden: ExpressionSpecification = ["boolean", ["feature-state", HIDDEN_STATE], false];

type PaintValue = number | ExpressionSpecification;

/**
 * An opacity that drops to 0 for a hidden project. A zoom curve stays outermost (MapLibre allows
 * ["zoom"] only as the input of a top-level interpolate or step), with each of its outputs hidden.
 */
export function shownOpacity(value: PaintValue, mode: VisibilityMode): PaintValue {
  if (mode === "global-state") return value;
  if (Array.isArray(value) && (value[0] === "interpolate" || value[0] === "step")) {
    const [operator, ...rest] = value as unknown[];
    // interpolate: [type, input, stop, output, …]; step: [input, output, stop, output, …]
    const headLength = operator === "interpolate" ? 2 : 1;
    const head = rest.slice(0, headLength);
    const body = rest.slice(headLength);
    if (JSON.stringify(head).includes('["zoom"]')) {
      const outputs = body.map((item, index) => {
        const isOutput = operator === "interpolate" ? index % 2 === 1 : index % 2 === 0;
        return isOutput ? shownOpacity(item as PaintValue, mode) : item;
      });
      return [operator, ...head, ...outputs] as unknown as ExpressionSpecification;
    }
  }
  return ["case", isHidden, 0, value] as ExpressionSpecification;
}
