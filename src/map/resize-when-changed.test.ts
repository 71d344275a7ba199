// The map is resized (and its drawing buffer discarded) only when its size or pixel ratio changed.
import type { Map as MapLibreMap } from "maplibre-gl";
import { describe, expect, it } from "vitest";
import { resizeWhenChanged } from "./resize-when-changed";

function fakeMap(
  container: { clientWidth: number; clientHeight: number },
  canvas: { width: number; height: number },
  ratio: number,
) {
  let resizes = 0;
  const map = {
    getContainer: () => container,
    getCanvas: () => canvas,
    getPixelRatio: () => ratio,
    resize: () => {
      resizes += 1;
    },
  };
  return { map: map as unknown as MapLibreMap, resizes: () => resizes };
}

describe("resizeWhenChanged", () => {
  it("leaves a map whose canvas already has its container's size alone", () => {
    const { map, resizes } = fakeMap({ clientWidth: 928, clientHeight: 738 }, { width: 928, height: 738 }, 1);
    expect(resizeWhenChanged(map)).toBe(false);
    expect(resizes()).toBe(0);
  });

  it("resizes when the container grew or shrank", () => {
    const wider = fakeMap({ clientWidth: 1280, clientHeight: 738 }, { width: 928, height: 738 }, 1);
    expect(resizeWhenChanged(wider.map)).toBe(true);
    expect(wider.resizes()).toBe(1);
    const shorter = fakeMap({ clientWidth: 928, clientHeight: 600 }, { width: 928, height: 738 }, 1);
    expect(resizeWhenChanged(shorter.map)).toBe(true);
  });

  it("compares device pixels: a phone's ratio of 3, and a ratio that changed", () => {
    const phone = fakeMap({ clientWidth: 390, clientHeight: 600 }, { width: 1170, height: 1800 }, 3);
    expect(resizeWhenChanged(phone.map)).toBe(false);
    const moved = fakeMap({ clientWidth: 390, clientHeight: 600 }, { width: 780, height: 1200 }, 3);
    expect(resizeWhenChanged(moved.map)).toBe(true);
  });

  it("measures as MapLibre does: fractional widths floored, an empty container as 400 × 300", () => {
    const fractional = fakeMap({ clientWidth: 928.6, clientHeight: 738.2 }, { width: 928, height: 738 }, 1);
    expect(resizeWhenChanged(fractional.map)).toBe(false);
    const empty = fakeMap({ clientWidth: 0, clientHeight: 0 }, { width: 400, height: 300 }, 1);
    expect(resizeWhenChanged(empty.map)).toBe(false);
  });
});
