// Hides the projects the filters leave out, as feature state on the project and corridor sources
// (layers/project-visibility.ts): only the projects whose state changes are touched, so a filter change
// repaints instead of making MapLibre lay out every project tile again (npm run bench).
import type { Map as MapLibreMap } from "maplibre-gl";
import { CORRIDOR_SOURCE } from "../layers/corridor-layers";
import { PROJECT_SOURCE } from "../layers/project-layer-ids";
import { HIDDEN_STATE } from "../layers/project-visibility";

const SOURCES = [PROJECT_SOURCE, CORRIDOR_SOURCE];

export class HiddenProjects {
  private applied = new Set<string>();

  constructor(private readonly map: MapLibreMap) {}

  /** True when a project's state changed (the map will draw again). */
  apply(hiddenIds: ReadonlySet<string>): boolean {
    if (!SOURCES.every((source) => this.map.getSource(source))) return false; // style.load applies it
    let changed = false;
    const set = (id: string, hidden: boolean) => {
      for (const source of SOURCES) this.map.setFeatureState({ source, id }, { [HIDDEN_STATE]: hidden });
      changed = true;
    };
    for (const id of this.applied) if (!hiddenIds.has(id)) set(id, false);
    for (const id of hiddenIds) if (!this.applied.has(id)) set(id, true);
    this.applied = new Set(hiddenIds);
    return changed;
  }

  /** A new style has new sources with no state: the next apply hides every hidden project again. */
  reset(): void {
    this.applied = new Set();
  }
}
