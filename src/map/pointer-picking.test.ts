// A hover is outlined at once and told to the app a frame later; until then the map reports it untold,
// so a render of the app with the last hover does not put that one's outline back (map-controller.ts).
import type { Map as MapLibreMap, MapMouseEvent } from "maplibre-gl";
import { afterEach, describe, expect, it, vi } from "vitest";
import { PointerPicking } from "./pointer-picking";

function fakeMap(under: string | null) {
  const listeners = new Map<string, (event: unknown) => void>();
  const map = {
    on: (type: string, listener: (event: unknown) => void) => listeners.set(type, listener),
    getCanvas: () => ({ style: { cursor: "" } }),
    queryRenderedFeatures: () => (under ? [{ properties: { id: under }, state: {} }] : []),
  };
  const move = () =>
    listeners.get("mousemove")?.({
      point: { x: 10, y: 10 },
      lngLat: { lng: 120.7, lat: 30.7 },
    } as MapMouseEvent);
  return { map: map as unknown as MapLibreMap, move };
}

afterEach(() => vi.unstubAllGlobals());

describe("PointerPicking", () => {
  it("shows a hover at once, tells the app after the next frame, and is untold until then", async () => {
    let frame: (() => void) | null = null;
    vi.stubGlobal("requestAnimationFrame", (callback: () => void) => {
      frame = callback;
      return 1;
    });
    vi.stubGlobal("cancelAnimationFrame", () => undefined);
    const shown: (string | null)[] = [];
    const told: (string | null)[] = [];
    const { map, move } = fakeMap("a");
    const picking = new PointerPicking(
      map,
      {
        drawing: () => false,
        userFeatureAt: () => null,
        showHover: (id) => shown.push(id),
        moveTooltip: () => undefined,
      },
      { onHover: (id: string | null) => told.push(id) } as never,
    );
    move();
    expect(shown).toEqual(["a"]);
    expect(picking.untold).toBe(true);
    expect(told).toEqual([]);
    (frame as unknown as () => void)();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(told).toEqual(["a"]);
    expect(picking.untold).toBe(false);
  });
});
