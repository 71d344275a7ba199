// The planner's engine (state/planner/use-planner.ts: workers, tools, exports), loaded in a chunk of its own at a
// settled moment after start-up, or at once when the planner tab opens, so the first script stays small.
// It draws nothing: it hands the planner up (onPlanner), for the map's overlays and the planner panel.
import { useLayoutEffect } from "react";
import { type Planner, type PlannerInput, usePlanner } from "../../state/planner/use-planner";

interface PlannerEngineProps extends PlannerInput {
  onPlanner: (planner: Planner) => void; // stable (a state setter)
}

export function PlannerEngine({ onPlanner, ...input }: PlannerEngineProps) {
  const planner = usePlanner(input);
  // usePlanner returns one object while nothing changed, so this runs only when something did. A layout
  // effect: the page draws the new planner in the same task as the change, so a controlled field or
  // checkbox in the panel never shows its old value for a frame (nor loses its caret).
  useLayoutEffect(() => onPlanner(planner), [onPlanner, planner]);
  return null;
}
