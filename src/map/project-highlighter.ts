// Puts the app's highlight on the map: the outlines' source (layers/project-highlight.ts) gets every
// project's geometry once the map has first drawn the projects, and each highlight is feature state on it,
// touching only the features whose state changes: moving the pointer from one project to the next costs
// two setFeatureState calls.
import type { StyleSpecification } from "@maplibre/maplibre-gl-style-spec";
import type { GeoJSONSource, Map as MapLibreMap } from "maplibre-gl";
import {
  type HighlightState,
  highlightStates,
  outlineCollection,
  type ProjectHighlight,
} from "../layers/project-highlight";
import { PROJECT_OUTLINE_SOURCE } from "../layers/project-layer-ids";

const NONE: HighlightState = { selected: false, hovered: false, spotlight: false, plan: false };

export class ProjectHighlighter {
  private applied = new Map<string, HighlightState>();
  private started = false;
  private outlined: StyleSpecification | null = null; // the style whose projects the outlines hold

  constructor(private readonly map: MapLibreMap) {}

  /** After the map's first idle: from now on the outlines hold every project. */
  start(): void {
    this.started = true;
  }

  /** True when the map was given new data or state (it is busy until its next idle). */
  apply(highlight: ProjectHighlight, style: StyleSpecification): boolean {
    const source = this.map.getSource<GeoJSONSource>(PROJECT_OUTLINE_SOURCE);
    if (!source) return false; // a style still loading: style.load applies it
    let changed = false;
    if (this.started && this.outlined !== style) {
      source.setData(outlineCollection(style));
      this.outlined = style;
      changed = true;
    }
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

  /** A new style may have a new source, with no outlines and no state: the next apply sets both again. */
  reset(): void {
    this.applied = new Map();
    this.outlined = null;
  }
}
