import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeBrowsers, sharedApp, waitForRender } from "./support/app-page";
import { onlineSources } from "./support/basemap-queries";
import { serveConfig } from "./support/serve-archive";

// Two local tile servers: one that accepts connections and never answers (a stalled server), and one
// address where nothing listens (a refused connection). Requests never leave this machine.
let stalled: Server;
const origins = { stalled: "", refused: "" };
const allowOrigins: string[] = []; // filled once the servers listen, before the page opens

beforeAll(async () => {
  stalled = createServer(() => undefined);
  await new Promise<void>((resolve) => stalled.listen(0, "127.0.0.1", resolve));
  origins.stalled = `http://127.0.0.1:${(stalled.address() as AddressInfo).port}`;
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
  origins.refused = `http://127.0.0.1:${(closed.address() as AddressInfo).port}`;
  await new Promise<void>((resolve) => closed.close(() => resolve()));
  allowOrigins.push(origins.stalled, origins.refused);
});

afterAll(async () => {
  stalled.closeAllConnections();
  await new Promise<void>((resolve) => stalled.close(() => resolve()));
  await closeBrowsers();
});

// One raster basemap per server. A stalled server is given up after 1 s without a tile (the shortest
// fallbackSeconds a deployment may set), counted from the first tile asked for.
function tilesAt(id: "stalled" | "refused") {
  return {
    id,
    kind: "raster",
    name_zh: `测试瓦片 ${id}`,
    name_en: `Test tiles ${id}`,
    tiles: [`${origins[id]}/{z}/{x}/{y}.png`],
  };
}

describe("online basemap fallback", () => {
  const app = sharedApp("/", {
    allowOrigins,
    // A small desktop window: software WebGL draws it faster, and nothing here depends on the size.
    width: 960,
    height: 640,
    beforeNavigate: (page) =>
      serveConfig(page, { fallbackSeconds: 1, basemaps: [tilesAt("stalled"), tilesAt("refused")] }),
  });

  it.each([
    ["stalls", "stalled", "no tile in 1 s"],
    ["refuses", "refused", ""],
  ] as const)(
    "returns to the embedded basemap with a notice when the tile server %s",
    async (_case, id, detail) => {
      const { page } = app();
      await page.getByRole("combobox", { name: "底图" }).selectOption(id);
      await expect.poll(() => onlineSources(page)).toEqual([`online-${id}-0`]);
      const notice = page.locator(".notice", { hasText: `在线底图 测试瓦片 ${id} 不可用（${detail}` });
      await notice.waitFor({ timeout: 15_000 });
      expect(await notice.textContent()).toContain("已切换回内置底图");
      await expect.poll(() => onlineSources(page)).toEqual([]);
      await waitForRender(page);
      expect(app().consoleErrors.filter((message) => !message.includes("Failed to load resource"))).toEqual(
        [],
      );
    },
  );
});
