// A highlight is feature state on the outlines' source, touching only the projects whose reasons change.
import type { Map as MapLibreMap } from "maplibre-gl";
import { describe, expect, it } from "vitest";
import { NO_HIGHLIGHT } from "../layers/project-highlight";
import { PROJECT_OUTLINE_SOURCE } from "../layers/project-layer-ids";
import { ProjectHighlighter } from "./project-highlighter";

function fakeMap(styleLoaded = true) {
  const states: string[] = [];
  const map = {
    getSource: (id: string) => (styleLoaded && id === PROJECT_OUTLINE_SOURCE ? {} : undefined),
    setFeatureState: (feature: { source: string; id: string }, value: Record<string, boolean>) => {
      const reasons = Object.keys(value).filter((key) => value[key]);
      states.push(`${feature.source}:${feature.id}=${reasons.join("+") || "none"}`);
    },
  };
  return { map: map as unknown as MapLibreMap, states };
}

describe("ProjectHighlighter", () => {
  it("sets the reasons as feature state on the outlines, only for the projects whose reasons change", () => {
    const { map, states } = fakeMap();
    const highlighter = new ProjectHighlighter(map);
    expect(highlighter.apply({ ...NO_HIGHLIGHT, selectedId: "a", hoveredId: "a" })).toBe(true);
    expect(states).toEqual([`${PROJECT_OUTLINE_SOURCE}:a=selected+hovered`]);
    states.length = 0;
    highlighter.apply({ ...NO_HIGHLIGHT, selectedId: "a", hoveredId: "b" });
    expect(states).toEqual([`${PROJECT_OUTLINE_SOURCE}:a=selected`, `${PROJECT_OUTLINE_SOURCE}:b=hovered`]);
    states.length = 0;
    expect(highlighter.apply({ ...NO_HIGHLIGHT, selectedId: "a", hoveredId: "b" })).toBe(false);
    expect(states).toEqual([]);
    // A new style has no state: the same highlight is set again.
    highlighter.reset();
    expect(highlighter.apply({ ...NO_HIGHLIGHT, selectedId: "a", hoveredId: "b" })).toBe(true);
    expect(states).toHaveLength(2);
  });

  it("waits for a style that has the outlines' source", () => {
    const { map, states } = fakeMap(false);
    expect(new ProjectHighlighter(map).apply({ ...NO_HIGHLIGHT, selectedId: "a" })).toBe(false);
    expect(states).toEqual([]);
  });
});
