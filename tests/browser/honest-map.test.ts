import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeBrowsers, openApp, waitForMapIdle } from "./support/app-page";

// A local tile server that answers every tile with a one-pixel PNG: an online basemap that works, without
// a request leaving this machine.
const PIXEL = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
  "base64",
);
let tiles: Server;
let tileOrigin = "";

beforeAll(async () => {
  tiles = createServer((_request, response) => {
    response.writeHead(200, { "Content-Type": "image/png", "Access-Control-Allow-Origin": "*" });
    response.end(PIXEL);
  });
  await new Promise<void>((resolve) => tiles.listen(0, "127.0.0.1", resolve));
  tileOrigin = `http://127.0.0.1:${(tiles.address() as AddressInfo).port}`;
});

afterAll(async () => {
  tiles.closeAllConnections();
  await new Promise<void>((resolve) => tiles.close(() => resolve()));
  await closeBrowsers();
});

function serveConfig(config: object): (page: Page) => Promise<unknown> {
  return (page) =>
    page.route("**/config.json", (route) =>
      route.fulfill({ contentType: "application/json", body: JSON.stringify(config) }),
    );
}

function testTiles() {
  return {
    id: "test-tiles",
    kind: "raster",
    name_zh: "测试街道图",
    name_en: "Test streets",
    tiles: [`${tileOrigin}/{z}/{x}/{y}.png`],
  };
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

const NOTE = ".close-up-note";

describe("the map close up", () => {
  it("says from zoom 12 that the embedded basemap has no streets, and offers the configured basemaps", async () => {
    const app = await openApp("/?map=11.5/30.71/120.76", {
      allowOrigins: [tileOrigin],
      beforeNavigate: serveConfig({ basemaps: [testTiles()] }),
    });
    const note = app.page.locator(NOTE);
    expect(await note.count()).toBe(0);
    await app.page.getByRole("button", { name: "放大" }).click();
    await note.waitFor({ timeout: 30_000 });
    await expect.poll(() => note.textContent()).toContain("这个比例尺下没有街道");
    const offer = note.getByRole("button", { name: "测试街道图" });
    expect(await offer.count()).toBe(1);
    await offer.click();
    await expect.poll(() => onlineSources(app.page)).toEqual(["online-test-tiles-0"]);
    await expect.poll(() => note.count()).toBe(0);
    // The basemap list in the filters follows what is drawn.
    await expect.poll(() => app.page.getByRole("combobox", { name: "底图" }).inputValue()).toBe("test-tiles");
    expect(app.outsideRequests).toEqual([]);
    await app.close();
  });

  it("says so when the deployment offers no detailed basemap, and explains a default that names none", async () => {
    const app = await openApp("/?map=12.5/30.54/120.43", {
      beforeNavigate: serveConfig({ default: "nowhere", basemaps: [] }),
    });
    const note = app.page.locator(NOTE);
    await note.waitFor({ timeout: 30_000 });
    await expect.poll(() => note.textContent()).toContain("本站没有配置详细底图");
    // No basemap to offer: the note's only button is the one that hides it.
    expect(await note.getByRole("button").allTextContents()).toEqual(["×"]);
    await app.page.locator(".notice", { hasText: 'no usable basemap is named "nowhere"' }).waitFor();
    expect(await onlineSources(app.page)).toEqual([]);
    await app.close();
  });

  it("opens on the deployment's default basemap, with no close-up note over it", async () => {
    const app = await openApp("/?map=13/30.71/120.76", {
      waitForIdle: false,
      allowOrigins: [tileOrigin],
      beforeNavigate: serveConfig({ default: "test-tiles", basemaps: [testTiles()] }),
    });
    await waitForMapIdle(app.page);
    await expect.poll(() => onlineSources(app.page)).toEqual(["online-test-tiles-0"]);
    expect(await app.page.locator(NOTE).count()).toBe(0);
    expect(app.consoleErrors).toEqual([]);
    await app.close();
  });
});
