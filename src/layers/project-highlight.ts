// Which projects the map outlines, and why: the one selected, the one under the pointer, a tour slide's
// and a plan clause's. The highlight layers read it from MapLibre's feature state (their source promotes
// `id`), so a hover or a click changes a few features' paint instead of making MapLibre lay out every
// project tile again, as a global-state key in a layer filter did (seconds at 10,000 projects).
// In the app the outlines have a source of their own, `project-outlines` (every project's geometry and
// id, nothing else): a feature-state change makes MapLibre upload again the paint buffers of every layer
// of the source that reads feature state, and on the project source that is every layer (the filters'
// `hidden`), 0.6–2.4 s to outline a line at 10,000 projects in software WebGL. The map controller hands
// it over after the map's first idle (later-sources.ts): tiling every project once more cost ≈ 1 s of the
// start at 10,000 projects, for layers that draw nothing until something is outlined. The bare benchmark
// page keeps MapLibre's usual one source.
import type { ExpressionSpecification } from "@maplibre/maplibre-gl-style-spec";

export interface ProjectHighlight {
  selectedId: string | null;
  hoveredId: string | null;
  spotlightIds: readonly string[]; // a tour slide's highlighted projects
  planHighlightIds: readonly string[]; // the projects of the plan clause under the pointer or focus
}

export const NO_HIGHLIGHT: ProjectHighlight = {
  selectedId: null,
  hoveredId: null,
  spotlightIds: [],
  planHighlightIds: [],
};

/** Why a project is outlined: one feature-state key each, so each reason comes and goes on its own. */
export const HIGHLIGHT_REASONS = ["selected", "hovered", "spotlight", "plan"] as const;
export type HighlightReason = (typeof HIGHLIGHT_REASONS)[number];
export type HighlightState = Record<HighlightReason, boolean>;

/** Each outlined project with the reasons it is outlined. */
export function highlightStates(highlight: ProjectHighlight): Map<string, HighlightState> {
  const states = new Map<string, HighlightState>();
  const mark = (id: string, reason: HighlightReason) => {
    const state = states.get(id) ?? { selected: false, hovered: false, spotlight: false, plan: false };
    state[reason] = true;
    states.set(id, state);
  };
  if (highlight.selectedId) mark(highlight.selectedId, "selected");
  if (highlight.hoveredId) mark(highlight.hoveredId, "hovered");
  for (const id of highlight.spotlightIds) mark(id, "spotlight");
  for (const id of highlight.planHighlightIds) mark(id, "plan");
  return states;
}

const isHighlighted: ExpressionSpecification = [
  "any",
  ...HIGHLIGHT_REASONS.map(
    (reason): ExpressionSpecification => ["boolean", ["feature-state", reason], false],
  ),
];

/** `shown` for a highlighted feature, 0 for the rest: a paint value, never a filter. */
export function whenHighlighted(shown: number): ExpressionSpecification {
  return ["case", isHighlighted, shown, 0];
}
