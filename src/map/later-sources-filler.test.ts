// The later sources get their data once the map has first drawn the projects, once per style.
import type { FeatureCollection } from "geojson";
import type { Map as MapLibreMap } from "maplibre-gl";
import { describe, expect, it } from "vitest";
import type { LaterData } from "../layers/later-sources";
import { PROJECT_LABEL_SOURCE, PROJECT_OUTLINE_SOURCE } from "../layers/project-layer-ids";
import { LaterSourcesFiller } from "./later-sources-filler";

const collection = (id: string): FeatureCollection => ({
  type: "FeatureCollection",
  features: [
    { type: "Feature", geometry: { type: "Point", coordinates: [120.7, 30.7] }, properties: { id } },
  ],
});

function fakeMap(sourceIds: string[]) {
  const handed: string[] = [];
  const map = {
    getSource: (id: string) =>
      sourceIds.includes(id)
        ? { setData: (data: FeatureCollection) => handed.push(`${id}:${data.features[0]?.properties?.id}`) }
        : undefined,
  };
  return { map: map as unknown as MapLibreMap, handed };
}

describe("LaterSourcesFiller", () => {
  const later: LaterData = {
    [PROJECT_OUTLINE_SOURCE]: collection("outline"),
    [PROJECT_LABEL_SOURCE]: collection("label"),
  };

  it("hands each later source its data only after the first idle, and once per style", () => {
    const { map, handed } = fakeMap([PROJECT_OUTLINE_SOURCE, PROJECT_LABEL_SOURCE]);
    const filler = new LaterSourcesFiller(map);
    expect(filler.apply(later)).toBe(false);
    expect(handed).toEqual([]);
    filler.start();
    expect(filler.apply(later)).toBe(true);
    expect(handed).toEqual([`${PROJECT_OUTLINE_SOURCE}:outline`, `${PROJECT_LABEL_SOURCE}:label`]);
    expect(filler.apply(later)).toBe(false); // the same data again: nothing to do
    filler.reset(); // a new style, its later sources empty
    expect(filler.apply(later)).toBe(true);
    expect(handed).toHaveLength(4);
    expect(filler.apply({ ...later })).toBe(true); // new data (new projects)
    expect(handed).toHaveLength(6);
  });

  it("waits for a style that has every later source", () => {
    const { map, handed } = fakeMap([PROJECT_OUTLINE_SOURCE]);
    const filler = new LaterSourcesFiller(map);
    filler.start();
    expect(filler.apply(later)).toBe(false);
    expect(handed).toEqual([]);
  });
});
