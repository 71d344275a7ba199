import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeBrowsers, sharedApp, visit } from "./support/app-page";
import { onlineSources, pmtilesReaderLoaded } from "./support/basemap-queries";
import { serveConfig } from "./support/serve-archive";

// A local tile server that answers every tile with a one-pixel PNG: an online basemap that works, without
// a request leaving this machine.
const PIXEL = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
);
let tiles: Server;
const allowOrigins: string[] = []; // filled once the server listens, before the page opens

beforeAll(async () => {
  tiles = createServer((_request, response) => {
    response.writeHead(200, { "Content-Type": "image/png", "Access-Control-Allow-Origin": "*" });
    response.end(PIXEL);
  });
  await new Promise<void>((resolve) => tiles.listen(0, "127.0.0.1", resolve));
  allowOrigins.push(`http://127.0.0.1:${(tiles.address() as AddressInfo).port}`);
});

afterAll(async () => {
  tiles.closeAllConnections();
  await new Promise<void>((resolve) => tiles.close(() => resolve()));
  await closeBrowsers();
});

function testTiles() {
  return {
    id: "test-tiles",
    kind: "raster",
    name_zh: "测试街道图",
    name_en: "Test streets",
    tiles: [`${allowOrigins[0]}/{z}/{x}/{y}.png`],
  };
}

// A step that needs another config.json serves it, then opens a fresh address in the same page. The
// service worker is kept out: it would answer config.json from its cache, past the page's routes.
async function useConfig(page: Page, config: object): Promise<void> {
  await page.unroute("**/config.json");
  await serveConfig(page, config);
}

const NOTE = ".close-up-note";

describe("the map close up", () => {
  const app = sharedApp("/?map=13/30.71/120.76", {
    allowOrigins,
    // A small desktop window: software WebGL draws it faster, and nothing here depends on the size.
    width: 960,
    height: 640,
    beforeNavigate: async (page) => {
      // An empty worker in its place: it intercepts nothing, so config.json always comes through the route.
      await page
        .context()
        .route("**/service-worker.js", (route) =>
          route.fulfill({ contentType: "text/javascript", body: "" }),
        );
      await serveConfig(page, { default: "test-tiles", basemaps: [testTiles()] });
    },
  });

  it("opens on the deployment's default basemap, with no close-up note over it", async () => {
    const { page } = app();
    await expect.poll(() => onlineSources(page)).toEqual(["online-test-tiles-0"]);
    expect(await page.locator(NOTE).count()).toBe(0);
    expect(app().consoleErrors).toEqual([]);
  });

  it("says from zoom 12 over the embedded basemap that it has no streets, and offers the configured basemaps", async () => {
    const { page } = app();
    const note = page.locator(NOTE);
    // Zoom 13 over the embedded basemap (below zoom 12 it stays away: close-up-note.test.tsx).
    await page.getByRole("combobox", { name: "底图" }).selectOption("embedded");
    await note.waitFor({ timeout: 30_000 });
    await expect.poll(() => note.textContent()).toContain("这个比例尺下没有街道");
    const offer = note.getByRole("button", { name: "测试街道图" });
    expect(await offer.count()).toBe(1);
    await offer.click();
    await expect.poll(() => onlineSources(page)).toEqual(["online-test-tiles-0"]);
    await expect.poll(() => note.count()).toBe(0);
    // The basemap list in the filters follows what is drawn.
    await expect.poll(() => page.getByRole("combobox", { name: "底图" }).inputValue()).toBe("test-tiles");
    expect(app().outsideRequests).toEqual([]);
  });

  it("says so when the deployment offers no detailed basemap, and explains a default that names none", async () => {
    const { page } = app();
    await useConfig(page, { default: "nowhere", basemaps: [] });
    await visit(app(), "/?map=12.5/30.54/120.43");
    const note = page.locator(NOTE);
    await note.waitFor({ timeout: 30_000 });
    await expect.poll(() => note.textContent()).toContain("本站没有配置详细底图");
    // No basemap to offer: the note's only button is the one that hides it.
    expect(await note.getByRole("button").allTextContents()).toEqual(["×"]);
    await page.locator(".notice", { hasText: 'no usable basemap is named "nowhere"' }).waitFor();
    expect(await onlineSources(page)).toEqual([]);
  });

  it("never loaded the PMTiles reader, which only a PMTiles basemap needs", async () => {
    expect(await pmtilesReaderLoaded(app().page)).toBe(false);
  });
});
