// A big user layer reaches MapLibre in chunks (issue 32, R4): the source starts empty, each chunk is
// added once MapLibre's worker has taken the one before, and the style layers go in after the last.
import type { Feature, FeatureCollection } from "geojson";
import type { Map as MapLibreMap } from "maplibre-gl";
import { describe, expect, it } from "vitest";
import { CHUNK_POSITIONS } from "../geo/feature-chunks";
import { STANDARD_THEME } from "../layers/theme";
import { userLayerStyles } from "../layers/user-layers";
import { UserLayerPainter } from "./user-layer-painter";

function fakeMap() {
  const calls: string[] = [];
  const sources = new Map<string, { updateData: (diff: { add: Feature[] }) => Promise<void> }>();
  const layers = new Set<string>();
  let pending = 0;
  const map = {
    getSource: (id: string) => sources.get(id),
    addSource: (id: string, source: { data: FeatureCollection }) => {
      calls.push(`addSource ${source.data.features.length}`);
      sources.set(id, {
        updateData: async (diff) => {
          pending++;
          if (pending > 1) calls.push("two chunks in flight");
          calls.push(`updateData ${diff.add.length}`);
          await new Promise((done) => setTimeout(done, 1));
          pending--;
        },
      });
    },
    removeSource: (id: string) => sources.delete(id),
    getLayer: (id: string) => (layers.has(id) ? { id } : undefined),
    addLayer: (layer: { id: string }) => {
      calls.push(`addLayer ${layer.id.split("-").pop()}`);
      layers.add(layer.id);
    },
    removeLayer: (id: string) => layers.delete(id),
    getStyle: () => ({ layers: [] }),
    getContainer: () => ({ dataset: {} as Record<string, string> }),
  };
  return { map: map as unknown as MapLibreMap, calls };
}

const lines = (count: number, positions: number): FeatureCollection => ({
  type: "FeatureCollection",
  features: Array.from({ length: count }, () => ({
    type: "Feature",
    properties: {},
    geometry: {
      type: "LineString",
      coordinates: Array.from({ length: positions }, (_, index) => [index, 0]),
    },
  })),
});

describe("UserLayerPainter", () => {
  it("hands a small layer over at once, with its style layers", () => {
    const { map, calls } = fakeMap();
    const painter = new UserLayerPainter(map);
    painter.apply(
      userLayerStyles([{ id: "a", colourIndex: 0, visible: true, features: lines(10, 5) }], STANDARD_THEME),
    );
    expect(calls).toEqual(["addSource 10", "addLayer fill", "addLayer line", "addLayer point"]);
  });

  it("feeds a big layer one chunk at a time and adds its style layers after the last", async () => {
    const { map, calls } = fakeMap();
    const styles = userLayerStyles(
      [{ id: "a", colourIndex: 0, visible: true, features: lines(100, 1000) }], // 100,000 positions
      STANDARD_THEME,
    );
    let fed: () => void = () => undefined;
    const done = new Promise<void>((resolve) => {
      fed = resolve;
    });
    const painter = new UserLayerPainter(map, () => {
      painter.apply(styles);
      fed();
    });
    painter.apply(styles);
    expect(calls).toEqual(["addSource 0"]);
    await done;
    const perChunk = CHUNK_POSITIONS / 1000;
    expect(calls).toEqual([
      "addSource 0",
      ...Array.from({ length: 100 / perChunk }, () => `updateData ${perChunk}`),
      "addLayer fill",
      "addLayer line",
      "addLayer point",
    ]);
  });
});
