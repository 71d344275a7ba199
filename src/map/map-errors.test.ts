// What the page hears of MapLibre's errors: not an online basemap's tiles, the worker's file named, a
// context lost until the app removes the map itself.
import type { Map as MapLibreMap } from "maplibre-gl";
import { describe, expect, it } from "vitest";
import { ONLINE_PREFIX } from "../layers/online-basemap";
import { WORKER_FILE } from "./bundled-assets";
import { forwardMapErrors } from "./map-errors";

function fakeMap() {
  const canvas = new EventTarget();
  let onError: (event: unknown) => void = () => undefined;
  const map = {
    on: (type: string, listener: (event: unknown) => void) => {
      if (type === "error") onError = listener;
    },
    getCanvas: () => canvas,
  };
  return { map: map as unknown as MapLibreMap, canvas, fire: (event: unknown) => onError(event) };
}

describe("forwardMapErrors", () => {
  it("passes the map's errors on, names the worker's file, and leaves online tiles to the watchdog", () => {
    const { map, fire } = fakeMap();
    const heard: string[] = [];
    forwardMapErrors(map, (message) => heard.push(message));
    fire({ error: new Error("style broken") });
    fire({ error: new Error("Worker failed to load"), sourceId: undefined });
    fire({ error: new Error("tile 404"), sourceId: `${ONLINE_PREFIX}streets` });
    fire({});
    expect(heard).toEqual(["style broken", `Worker failed to load (${WORKER_FILE})`, "unknown map error"]);
  });

  it("reports a lost WebGL context until it is told to stop (the app removing the map drops it)", () => {
    const { map, canvas } = fakeMap();
    const heard: string[] = [];
    const stop = forwardMapErrors(map, (message) => heard.push(message));
    canvas.dispatchEvent(new Event("webglcontextlost"));
    stop();
    canvas.dispatchEvent(new Event("webglcontextlost"));
    expect(heard).toEqual(["webgl-context-lost"]);
  });
});
