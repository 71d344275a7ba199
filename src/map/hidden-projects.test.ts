// A filter change reaches MapLibre as feature state on the projects whose visibility changed, on both
// the project and the corridor source; nothing else is touched.
import type { Map as MapLibreMap } from "maplibre-gl";
import { describe, expect, it } from "vitest";
import { CORRIDOR_SOURCE } from "../layers/corridor-layers";
import { PROJECT_SOURCE } from "../layers/project-layer-ids";
import { HiddenProjects } from "./hidden-projects";

function fakeMap(withSources = true) {
  const calls: string[] = [];
  const state = new Map<string, Record<string, unknown>>();
  const map = {
    getSource: (id: string) =>
      withSources && [PROJECT_SOURCE, CORRIDOR_SOURCE].includes(id) ? {} : undefined,
    setFeatureState: (feature: { source: string; id: string }, value: Record<string, unknown>) => {
      calls.push(`${feature.source}:${feature.id}=${String(value.hidden)}`);
      state.set(`${feature.source}:${feature.id}`, {
        ...state.get(`${feature.source}:${feature.id}`),
        ...value,
      });
    },
  };
  return { map: map as unknown as MapLibreMap, calls, state };
}

describe("HiddenProjects", () => {
  it("hides the filtered-out projects on both sources, then touches only the ones that change", () => {
    const { map, calls, state } = fakeMap();
    const hidden = new HiddenProjects(map);
    expect(hidden.apply(new Set(["a", "b"]))).toBe(true);
    expect(calls.sort()).toEqual([
      `${CORRIDOR_SOURCE}:a=true`,
      `${CORRIDOR_SOURCE}:b=true`,
      `${PROJECT_SOURCE}:a=true`,
      `${PROJECT_SOURCE}:b=true`,
    ]);
    calls.length = 0;
    expect(hidden.apply(new Set(["b", "c"]))).toBe(true);
    expect(calls.sort()).toEqual([
      `${CORRIDOR_SOURCE}:a=false`,
      `${CORRIDOR_SOURCE}:c=true`,
      `${PROJECT_SOURCE}:a=false`,
      `${PROJECT_SOURCE}:c=true`,
    ]);
    expect(state.get(`${PROJECT_SOURCE}:b`)).toEqual({ hidden: true });
    calls.length = 0;
    expect(hidden.apply(new Set(["b", "c"]))).toBe(false);
    expect(calls).toEqual([]);
  });

  it("hides them all again on a new style, and waits while the style has no project source", () => {
    const early = fakeMap(false);
    expect(new HiddenProjects(early.map).apply(new Set(["a"]))).toBe(false);
    expect(early.calls).toEqual([]);
    const { map, calls } = fakeMap();
    const hidden = new HiddenProjects(map);
    hidden.apply(new Set(["a"]));
    hidden.reset();
    calls.length = 0;
    hidden.apply(new Set(["a"]));
    expect(calls.sort()).toEqual([`${CORRIDOR_SOURCE}:a=true`, `${PROJECT_SOURCE}:a=true`]);
  });
});
