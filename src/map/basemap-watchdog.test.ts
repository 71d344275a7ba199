import type { Map as MapLibreMap } from "maplibre-gl";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { watchBasemap } from "./basemap-watchdog";

// The few events the watchdog listens to, fired by hand.
function fakeMap() {
  const listeners = new Map<string, Set<(event: object) => void>>();
  const map = {
    on: (type: string, listener: (event: object) => void) => {
      if (!listeners.has(type)) listeners.set(type, new Set());
      listeners.get(type)?.add(listener);
    },
    off: (type: string, listener: (event: object) => void) => listeners.get(type)?.delete(listener),
  };
  const fire = (type: string, event: object) => {
    for (const listener of listeners.get(type) ?? []) listener(event);
  };
  return {
    map: map as unknown as MapLibreMap,
    fire,
    listening: () => [...listeners.values()].some((set) => set.size),
  };
}

const SOURCE = "online-detail";
const tile = { sourceId: SOURCE, tile: {} };

describe("the basemap watchdog", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("fails a source that was asked for tiles and delivered none in time", () => {
    const { map, fire } = fakeMap();
    const onFailure = vi.fn();
    watchBasemap(map, [SOURCE], 3, onFailure);
    vi.advanceTimersByTime(10_000); // nothing asked for yet: an archive's box off the screen
    expect(onFailure).not.toHaveBeenCalled();
    fire("dataloading", tile);
    vi.advanceTimersByTime(2_900);
    expect(onFailure).not.toHaveBeenCalled();
    vi.advanceTimersByTime(200);
    expect(onFailure).toHaveBeenCalledWith("no tile in 3 s");
  });

  it("is satisfied by the first tile and stops listening", () => {
    const { map, fire, listening } = fakeMap();
    const onFailure = vi.fn();
    watchBasemap(map, [SOURCE], 3, onFailure);
    fire("dataloading", tile);
    fire("sourcedata", tile);
    vi.advanceTimersByTime(10_000);
    expect(onFailure).not.toHaveBeenCalled();
    expect(listening()).toBe(false);
  });

  it("fails after two errors before any tile, and ignores other sources", () => {
    const { map, fire } = fakeMap();
    const onFailure = vi.fn();
    watchBasemap(map, [SOURCE], 3, onFailure);
    fire("error", { sourceId: "projects", error: new Error("elsewhere") });
    fire("error", { sourceId: SOURCE, error: new Error("Bad response code: 416") });
    expect(onFailure).not.toHaveBeenCalled();
    fire("error", { sourceId: SOURCE, error: new Error("Bad response code: 416") });
    expect(onFailure).toHaveBeenCalledWith("Bad response code: 416");
  });
});
