// Puts the app's highlight on the map as feature state on the outlines' source (layers/project-highlight.ts),
// touching only the features whose state changes: moving the pointer from one project to the next costs
// two setFeatureState calls. MapLibre keeps a state set before the outlines' data arrives
// (layers/later-sources.ts) and draws it once they do.
import type { Map as MapLibreMap } from "maplibre-gl";
import { type HighlightState, highlightStates, type ProjectHighlight } from "../layers/project-highlight";
import { PROJECT_OUTLINE_SOURCE } from "../layers/project-layer-ids";

const NONE: HighlightState = { selected: false, hovered: false, spotlight: false, plan: false };

export class ProjectHighlighter {
  private applied = new Map<string, HighlightState>();

  constructor(private readonly map: MapLibreMap) {}

  /** True when the map was given new state (it is busy until its next idle). */
  apply(highlight: ProjectHighlight): boolean {
    if (!this.map.getSource(PROJECT_OUTLINE_SOURCE)) return false; // a style still loading: style.load applies it
    let changed = false;
    const next = highlightStates(highlight);
    for (const id of new Set([...this.applied.keys(), ...next.keys()])) {
      const before = this.applied.get(id) ?? NONE;
      const after = next.get(id) ?? NONE;
      if (JSON.stringify(before) !== JSON.stringify(after)) {
        this.map.setFeatureState({ source: PROJECT_OUTLINE_SOURCE, id }, after);
        changed = true;
      }
    }
    this.applied = next;
    return changed;
  }

  /** A new style may have a new source, with no state: the next apply sets it again. */
  reset(): void {
    this.applied = new Map();
  }
}
