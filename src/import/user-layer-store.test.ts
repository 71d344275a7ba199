import "fake-indexeddb/auto";
import { createStore, set } from "idb-keyval";
import { beforeEach, describe, expect, it } from "vitest";
import {
  listUserLayers,
  newUserLayerId,
  readUserLayerFeatures,
  removeAllUserLayers,
  removeUserLayer,
  type StoredUserLayer,
  saveUserLayer,
  saveUserLayerSettings,
} from "./user-layer-store";

function layer(id: string, savedAt: number): StoredUserLayer {
  return {
    id,
    name: `layer ${id}`,
    colourIndex: 2,
    visible: true,
    savedAt,
    features: {
      type: "FeatureCollection",
      features: [
        {
          type: "Feature",
          properties: { name: "<b>x</b>" },
          geometry: { type: "Point", coordinates: [120.7, 30.7] },
        },
      ],
    },
  };
}

const ids = async () => (await listUserLayers()).settings.map((stored) => stored.id);

describe("user layer store", () => {
  beforeEach(async () => {
    await removeAllUserLayers();
  });

  it("saves layers and lists their settings in the order first saved, the features apart", async () => {
    await saveUserLayer(layer("b", 2));
    await saveUserLayer(layer("a", 1));
    const listed = await listUserLayers();
    const { features, ...settings } = layer("a", 1);
    expect(listed.settings.map((stored) => stored.id)).toEqual(["a", "b"]);
    expect(listed.settings[0]).toEqual(settings);
    expect(listed.legacy.size).toBe(0);
    expect(await readUserLayerFeatures("a")).toEqual(features);
  });

  it("rewrites only the settings on a colour or visibility change", async () => {
    await saveUserLayer(layer("a", 1));
    await saveUserLayerSettings({ ...layer("a", 1), visible: false, colourIndex: 5 });
    expect((await listUserLayers()).settings).toMatchObject([{ id: "a", visible: false, colourIndex: 5 }]);
    expect(await readUserLayerFeatures("a")).toEqual(layer("a", 1).features);
  });

  it("removes one layer, then all, features with them", async () => {
    await saveUserLayer(layer("a", 1));
    await saveUserLayer(layer("b", 2));
    await removeUserLayer("a");
    expect(await ids()).toEqual(["b"]);
    expect(await readUserLayerFeatures("a")).toBeNull();
    await removeAllUserLayers();
    expect(await ids()).toEqual([]);
  });

  it("reads a layer kept by an earlier version (features inside) and keeps it apart from now on", async () => {
    const settings = createStore("jiaxing-map-user-layers", "layers");
    await set("old", layer("old", 1), settings);
    const listed = await listUserLayers();
    expect(listed.settings.map((stored) => stored.id)).toEqual(["old"]);
    expect(listed.legacy.get("old")).toEqual(layer("old", 1).features);
    expect((await listUserLayers()).legacy.size).toBe(0); // split now
    expect(await readUserLayerFeatures("old")).toEqual(layer("old", 1).features);
  });

  it("skips a stored entry of the wrong shape", async () => {
    const target = {
      settings: createStore("test-user-layers", "layers"),
      features: createStore("test-user-layer-features", "features"),
    };
    await set("broken", { id: "broken", name: 3 }, target.settings);
    await saveUserLayer(layer("good", 1), target);
    expect((await listUserLayers(target)).settings.map((stored) => stored.id)).toEqual(["good"]);
  });

  it("makes ids that differ", () => {
    expect(newUserLayerId()).not.toBe(newUserLayerId());
  });
});
