import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeBrowsers, openApp, waitForRender } from "./support/app-page";

// Two local tile servers: one that accepts connections and never answers (a stalled server), and one
// address where nothing listens (a refused connection). Requests never leave this machine.
let stalled: Server;
let stalledOrigin = "";
let refusedOrigin = "";

beforeAll(async () => {
  stalled = createServer(() => undefined);
  await new Promise<void>((resolve) => stalled.listen(0, "127.0.0.1", resolve));
  stalledOrigin = `http://127.0.0.1:${(stalled.address() as AddressInfo).port}`;
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
  refusedOrigin = `http://127.0.0.1:${(closed.address() as AddressInfo).port}`;
  await new Promise<void>((resolve) => closed.close(() => resolve()));
});

afterAll(async () => {
  stalled.closeAllConnections();
  await new Promise<void>((resolve) => stalled.close(() => resolve()));
  await closeBrowsers();
});

// Serves a config.json offering one online raster basemap at the given origin, with a 3 s fallback.
async function offerTiles(page: Page, origin: string): Promise<void> {
  await page.route("**/config.json", (route) =>
    route.fulfill({
      contentType: "application/json",
      body: JSON.stringify({
        fallbackSeconds: 3,
        basemaps: [
          {
            id: "test-tiles",
            kind: "raster",
            name_zh: "测试瓦片",
            name_en: "Test tiles",
            tiles: [`${origin}/{z}/{x}/{y}.png`],
          },
        ],
      }),
    }),
  );
}

async function onlineSources(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const map = (
      document.querySelector(".map-canvas") as unknown as {
        maplibreMap: { getStyle: () => { sources: object } };
      }
    ).maplibreMap;
    return Object.keys(map.getStyle().sources).filter((id) => id.startsWith("online-"));
  });
}

describe("online basemap fallback", () => {
  it.each([
    ["stalls", () => stalledOrigin],
    ["refuses", () => refusedOrigin],
  ])("returns to the embedded basemap with a notice when the tile server %s", async (_case, origin) => {
    const app = await openApp("/", { waitForIdle: false, allowOrigins: [origin()] });
    await offerTiles(app.page, origin());
    await app.page.reload();
    await app.page.waitForFunction(() => performance.getEntriesByName("map:idle").length > 0, undefined, {
      timeout: 90_000,
    });
    await app.page.getByRole("combobox", { name: "底图" }).selectOption("test-tiles");
    await expect.poll(() => onlineSources(app.page)).toEqual(["online-test-tiles-0"]);
    const notice = app.page.locator(".notice", { hasText: "已切换回内置底图" });
    await notice.waitFor({ timeout: 15_000 });
    await expect.poll(() => onlineSources(app.page)).toEqual([]);
    await waitForRender(app.page);
    expect(app.consoleErrors.filter((message) => !message.includes("Failed to load resource"))).toEqual([]);
    await app.close();
  });
});
