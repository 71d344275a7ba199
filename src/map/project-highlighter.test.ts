// The outlines' source is filled once the map has first drawn the projects, once per style, and a
// highlight is feature state on it, touching only the projects whose reasons change.
import type { StyleSpecification } from "@maplibre/maplibre-gl-style-spec";
import type { FeatureCollection } from "geojson";
import type { Map as MapLibreMap } from "maplibre-gl";
import { describe, expect, it } from "vitest";
import { NO_HIGHLIGHT } from "../layers/project-highlight";
import { PROJECT_OUTLINE_SOURCE, PROJECT_SOURCE } from "../layers/project-layer-ids";
import { ProjectHighlighter } from "./project-highlighter";

const projects: FeatureCollection = {
  type: "FeatureCollection",
  features: ["a", "b"].map((id) => ({
    type: "Feature",
    id,
    geometry: { type: "Point", coordinates: [120.7, 30.7] },
    properties: { id, status: "start" },
  })),
};
const styleOf = (): StyleSpecification => ({
  version: 8,
  sources: { [PROJECT_SOURCE]: { type: "geojson", data: projects } },
  layers: [],
});

function fakeMap() {
  const data: FeatureCollection[] = [];
  const states: string[] = [];
  const map = {
    getSource: (id: string) =>
      id === PROJECT_OUTLINE_SOURCE
        ? { setData: (collection: FeatureCollection) => data.push(collection) }
        : undefined,
    setFeatureState: (feature: { source: string; id: string }, value: Record<string, boolean>) => {
      const reasons = Object.keys(value).filter((key) => value[key]);
      states.push(`${feature.source}:${feature.id}=${reasons.join("+") || "none"}`);
    },
  };
  return { map: map as unknown as MapLibreMap, data, states };
}

describe("ProjectHighlighter", () => {
  it("fills the outlines with every project's geometry and id only after the first idle, once per style", () => {
    const { map, data } = fakeMap();
    const highlighter = new ProjectHighlighter(map);
    const style = styleOf();
    expect(highlighter.apply(NO_HIGHLIGHT, style)).toBe(false);
    expect(data).toEqual([]);
    highlighter.start();
    expect(highlighter.apply(NO_HIGHLIGHT, style)).toBe(true);
    expect(data.map((collection) => collection.features.map((feature) => feature.properties))).toEqual([
      [{ id: "a" }, { id: "b" }],
    ]);
    expect(data[0]?.features[0]?.geometry).toBe(projects.features[0]?.geometry);
    expect(highlighter.apply(NO_HIGHLIGHT, style)).toBe(false);
    highlighter.apply(NO_HIGHLIGHT, styleOf()); // a new style (new data, or a full reload)
    expect(data).toHaveLength(2);
  });

  it("sets the reasons as feature state on the outlines, only for the projects whose reasons change", () => {
    const { map, states } = fakeMap();
    const highlighter = new ProjectHighlighter(map);
    const style = styleOf();
    highlighter.apply({ ...NO_HIGHLIGHT, selectedId: "a", hoveredId: "a" }, style);
    expect(states).toEqual([`${PROJECT_OUTLINE_SOURCE}:a=selected+hovered`]);
    states.length = 0;
    highlighter.apply({ ...NO_HIGHLIGHT, selectedId: "a", hoveredId: "b" }, style);
    expect(states).toEqual([`${PROJECT_OUTLINE_SOURCE}:a=selected`, `${PROJECT_OUTLINE_SOURCE}:b=hovered`]);
    states.length = 0;
    expect(highlighter.apply({ ...NO_HIGHLIGHT, selectedId: "a", hoveredId: "b" }, style)).toBe(false);
    expect(states).toEqual([]);
  });
});
