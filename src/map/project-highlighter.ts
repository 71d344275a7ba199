// Puts the app's highlight on the project features as feature state: only the features whose state
// changes are touched, so moving the pointer from one project to the next costs two setFeatureState calls.
import type { Map as MapLibreMap } from "maplibre-gl";
import { type HighlightState, highlightStates, type ProjectHighlight } from "../layers/project-highlight";
import { PROJECT_SOURCE } from "../layers/project-layer-ids";

const NONE: HighlightState = { selected: false, hovered: false, spotlight: false, plan: false };

export class ProjectHighlighter {
  private applied = new Map<string, HighlightState>();

  constructor(private readonly map: MapLibreMap) {}

  apply(highlight: ProjectHighlight): void {
    if (!this.map.getSource(PROJECT_SOURCE)) return; // a style still loading: style.load applies it
    const next = highlightStates(highlight);
    for (const id of new Set([...this.applied.keys(), ...next.keys()])) {
      const before = this.applied.get(id) ?? NONE;
      const after = next.get(id) ?? NONE;
      if (JSON.stringify(before) !== JSON.stringify(after)) {
        this.map.setFeatureState({ source: PROJECT_SOURCE, id }, after);
      }
    }
    this.applied = next;
  }

  /** A new style has a new source with no state: the next apply sets every highlighted feature again. */
  reset(): void {
    this.applied = new Map();
  }
}
