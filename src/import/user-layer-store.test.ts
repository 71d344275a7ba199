import "fake-indexeddb/auto";
import { createStore, set } from "idb-keyval";
import { beforeEach, describe, expect, it } from "vitest";
import {
  listUserLayers,
  newUserLayerId,
  removeAllUserLayers,
  removeUserLayer,
  type StoredUserLayer,
  saveUserLayer,
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

describe("user layer store", () => {
  beforeEach(async () => {
    await removeAllUserLayers();
  });

  it("saves layers and lists them in the order they were first saved", async () => {
    await saveUserLayer(layer("b", 2));
    await saveUserLayer(layer("a", 1));
    const listed = await listUserLayers();
    expect(listed.map((stored) => stored.id)).toEqual(["a", "b"]);
    expect(listed[0]).toEqual(layer("a", 1));
  });

  it("replaces a layer saved again under the same id (a colour or visibility change)", async () => {
    await saveUserLayer(layer("a", 1));
    await saveUserLayer({ ...layer("a", 1), visible: false, colourIndex: 5 });
    expect(await listUserLayers()).toMatchObject([{ id: "a", visible: false, colourIndex: 5 }]);
  });

  it("removes one layer, then all", async () => {
    await saveUserLayer(layer("a", 1));
    await saveUserLayer(layer("b", 2));
    await removeUserLayer("a");
    expect((await listUserLayers()).map((stored) => stored.id)).toEqual(["b"]);
    await removeAllUserLayers();
    expect(await listUserLayers()).toEqual([]);
  });

  it("skips a stored entry of the wrong shape", async () => {
    const target = createStore("test-user-layers", "layers");
    await set("broken", { id: "broken", name: 3 }, target);
    await saveUserLayer(layer("good", 1), target);
    expect((await listUserLayers(target)).map((stored) => stored.id)).toEqual(["good"]);
  });

  it("makes ids that differ", () => {
    expect(newUserLayerId()).not.toBe(newUserLayerId());
  });
});
