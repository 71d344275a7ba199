// The home view keeps the whole city fitted while the map area changes size around it (a notice, a
// window resized), until the user or a link moves the camera; from then on a resize leaves it alone.
import type { Page } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { closeBrowsers, sharedApp, visit, waitForRender } from "./support/app-page";
import { mapCamera } from "./support/map-queries";

afterAll(closeBrowsers);

const TALL = { width: 1280, height: 800 };
const SHORT = { width: 1280, height: 560 };

// Resizing the window resizes the map area; MapLibre follows (its own size watcher, throttled by
// 50 ms), and the change is drawn.
async function resizeWindow(page: Page, size: { width: number; height: number }): Promise<void> {
  const before = await page.locator(".map-canvas").boundingBox();
  await page.setViewportSize(size);
  await page.waitForFunction(
    (oldHeight) => {
      const map = (document.querySelector(".map-canvas") as unknown as { maplibreMap?: MapLibreLike })
        ?.maplibreMap;
      if (!map) return false;
      const height = map.getContainer().clientHeight;
      return height !== oldHeight && map.getCanvas().clientHeight === height;
    },
    Math.round(before?.height ?? 0),
  );
  await waitForRender(page);
}

interface MapLibreLike {
  getContainer: () => HTMLElement;
  getCanvas: () => HTMLCanvasElement;
}

// One page: opened tall, resized; then the same page opened afresh at the short size (the oracle for the
// refit, and the start of the next steps); then a link's camera.
describe("the home view", () => {
  const app = sharedApp("/", TALL);

  it("fits the city again when the map area changes size before anyone moved the map", async () => {
    const { page, consoleErrors } = app();
    const tall = await mapCamera(page);
    await resizeWindow(page, SHORT);
    const refitted = await mapCamera(page);
    // The same view as a page opened at the smaller size: the whole city, not a crop of the taller fit.
    await visit(app(), "/");
    const expected = await mapCamera(page);
    expect(refitted.zoom).toBeLessThan(tall.zoom - 0.1);
    expect(refitted.zoom).toBeCloseTo(expected.zoom, 3);
    expect(refitted.longitude).toBeCloseTo(expected.longitude, 4);
    expect(refitted.latitude).toBeCloseTo(expected.latitude, 4);
    expect(consoleErrors).toEqual([]);
  });

  it("leaves a camera the user has moved where it is when the map area changes size", async () => {
    const { page } = app(); // opened afresh at the short size by the step before
    const canvas = await page.locator(".map-canvas canvas").boundingBox();
    if (!canvas) throw new Error("no map canvas");
    const from = { x: canvas.x + canvas.width / 2, y: canvas.y + canvas.height / 2 };
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(from.x + 60, from.y + 40, { steps: 6 });
    await page.mouse.up();
    await waitForRender(page);
    const panned = await mapCamera(page);
    await resizeWindow(page, TALL);
    const after = await mapCamera(page);
    expect(after.zoom).toBeCloseTo(panned.zoom, 6);
    expect(after.longitude).toBeCloseTo(panned.longitude, 6);
    expect(after.latitude).toBeCloseTo(panned.latitude, 6);
  });

  it("leaves a linked camera (map=) where the link put it", async () => {
    const { page } = app();
    await visit(app(), "/?map=10/30.75/120.75"); // at the tall size the step before left
    await resizeWindow(page, SHORT);
    const camera = await mapCamera(page);
    expect(camera.zoom).toBeCloseTo(10, 6);
    expect(camera.longitude).toBeCloseTo(120.75, 6);
    expect(camera.latitude).toBeCloseTo(30.75, 6);
    const link = (new URL(page.url()).searchParams.get("map") ?? "").split("/").map(Number);
    expect(link[0]).toBeCloseTo(10, 3);
    expect(link[1]).toBeCloseTo(30.75, 3);
    expect(link[2]).toBeCloseTo(120.75, 3);
  });
});
