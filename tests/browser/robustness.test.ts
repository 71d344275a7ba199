// Faults a visitor meets on a real network: a code file that fails (and then comes back), a data file
// that fails before a Retry, a link stuffed with parameters, a 天地图 key that must not leak into the
// page or the console, and a planner worker that cannot start. Each must end in a clear message and a
// working page, never a blank one, a false alarm or a secret on screen. (A worker that starts but never
// answers is ended after 30 s: planner-worker-client.test.ts checks that with a fake clock.)
import type { Page } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { closeBrowsers, MAP_CODE, sharedApp, visit, waitForMapIdle, waitForRender } from "./support/app-page";

afterAll(closeBrowsers);

// The routes below must see every request: the service worker (registered after the first idle) would
// otherwise answer from its own cache and fetch around them.
const withoutServiceWorker = (page: Page) =>
  page.addInitScript(() => {
    delete (Navigator.prototype as { serviceWorker?: unknown }).serviceWorker;
  });

// Failed requests, and React's report of the error its boundary caught: both expected here.
const otherErrors = (messages: readonly string[]) =>
  messages.filter(
    (message) =>
      !message.startsWith("Failed to load resource") &&
      !/Unable to preload CSS|Failed to fetch dynamically imported module/.test(message),
  );

async function openPlannerTab(page: Page): Promise<void> {
  await page.getByRole("tab", { name: "规划分析" }).click();
}

describe("a code file that fails", () => {
  // Which files fail, changed by the steps: the planner's panel, the map's code, the planner's worker,
  // or (a new release) the panel with another entry script on the server.
  // `holdMap`: the map's code is never answered, for a step that looks only at the sidebar.
  const missing = { plannerPanel: true, map: false, worker: false, newRelease: false, holdMap: false };
  const app = sharedApp("/", {
    beforeNavigate: async (page) => {
      await withoutServiceWorker(page);
      await page.route(/\/assets\/planner-panel-[\w-]+\.(js|css)$/, (route) =>
        missing.plannerPanel ? route.fulfill({ status: 404, body: "" }) : route.continue(),
      );
      await page.route(MAP_CODE, (route) => {
        if (missing.map) return route.fulfill({ status: 404, body: "" });
        return missing.holdMap ? undefined : route.continue();
      });
      await page.route(/\/assets\/planner\.worker-[\w-]+\.js$/, (route) =>
        missing.worker ? route.fulfill({ status: 404, body: "" }) : route.continue(),
      );
      // The page as a new deployment serves it: another entry script.
      await page.route(/\?version-check=/, (route) =>
        missing.newRelease
          ? route.fulfill({
              contentType: "text/html",
              body: '<!doctype html><script type="module" crossorigin src="/assets/index-NEWER123.js"></script>',
            })
          : route.continue(),
      );
    },
  });

  it("leaves the sidebar and map working, and its Retry loads the planner once the file is back", async () => {
    const { page, consoleErrors } = app();
    await openPlannerTab(page);
    const failure = page.locator(".sidebar .load-failure");
    await failure.waitFor({ timeout: 30_000 });
    expect(await failure.textContent()).toContain("规划分析面板未能加载");
    expect(await page.locator("#root").evaluate((root) => root.childElementCount)).toBeGreaterThan(0);

    // The rest of the app works: the project list, the details and the map.
    await page.getByRole("tab", { name: "项目" }).click();
    await page.getByRole("list", { name: "项目" }).getByRole("button").first().click();
    await page.locator("#detail-heading").waitFor();
    await waitForRender(page);
    expect(await page.locator("canvas.maplibregl-canvas").count()).toBe(1);

    missing.plannerPanel = false;
    await openPlannerTab(page);
    await failure.getByRole("button", { name: "重试" }).click();
    await page.getByRole("table", { name: "各区县覆盖" }).waitFor({ timeout: 60_000 });
    expect(await failure.count()).toBe(0);
    expect(otherErrors(consoleErrors)).toEqual([]);
  });

  it("says so in the map area when the map's code fails, and its Retry starts the map once the file is back", async () => {
    const { page, consoleErrors } = app();
    missing.map = true;
    consoleErrors.length = 0;
    await visit(app(), "/", false);
    const failure = page.locator(".map-area .load-failure");
    await failure.waitFor({ timeout: 30_000 });
    expect(await failure.textContent()).toContain("地图未能加载");
    // The list works without the map.
    expect(await page.getByRole("list", { name: "项目" }).getByRole("listitem").count()).toBeGreaterThan(0);
    missing.map = false;
    await failure.getByRole("button", { name: "重试" }).click();
    await waitForMapIdle(page);
    expect(await page.locator("canvas.maplibregl-canvas").count()).toBe(1);
    expect(await failure.count()).toBe(0);
    expect(otherErrors(consoleErrors)).toEqual([]);
  });

  it("ends the planner's calculation at once when its worker cannot start, and Retry starts it again", async () => {
    const { page } = app();
    missing.worker = true;
    missing.holdMap = true; // from here on the steps look at the sidebar only
    await visit(app(), "/?tab=planner", false);
    const error = page.locator(".planner-error", { hasText: "分析程序无法启动" });
    await error.waitFor({ timeout: 30_000 });
    expect(await error.textContent()).toContain("planner.worker.js");
    expect(await page.locator(".planner-status").textContent()).not.toContain("计算中");
    missing.worker = false;
    await error.getByRole("button", { name: "重试" }).click();
    await page.getByRole("table", { name: "各区县覆盖" }).waitFor({ timeout: 60_000 });
  });

  it("offers a reload when the server now runs a newer release", async () => {
    const { page } = app();
    missing.plannerPanel = true;
    missing.newRelease = true;
    await visit(app(), "/", false);
    await openPlannerTab(page);
    const reload = page.locator(".load-failure").getByRole("button", { name: "重新加载" });
    await reload.waitFor({ timeout: 30_000 });
    expect(await page.locator(".load-failure").textContent()).toContain("地图已发布新版本");
    missing.plannerPanel = false;
    missing.newRelease = false;
  });
});

describe("Retry after a failed data file", () => {
  let failures = 1;
  const app = sharedApp("/", {
    beforeNavigate: async (page) => {
      await withoutServiceWorker(page);
      await page.route(/\/assets\/urban-[\w-]+\.geojson$/, (route) => {
        if (failures === 0) return route.continue();
        failures -= 1;
        return route.fulfill({ status: 503, body: "" });
      });
    },
  });

  it("brings the file's projects back with no map error, and blames no other file meanwhile", async () => {
    const { page, consoleErrors } = app();
    const failed = page.locator(".notice", { hasText: "项目数据加载失败" });
    await failed.waitFor();
    // R5: the progress record and the tour name projects of that file; they are not called broken.
    const notices = async () => (await page.locator(".notice").allTextContents()).join(" ");
    expect(await notices()).not.toMatch(
      /is not the id of any project|不是任何项目|progress\.json|tour\.json/,
    );
    const before = await page.getByRole("list", { name: "项目" }).getByRole("listitem").count();
    await failed.getByRole("button", { name: "重试" }).click();
    await failed.waitFor({ state: "detached", timeout: 30_000 });
    await expect
      .poll(() => page.getByRole("list", { name: "项目" }).getByRole("listitem").count(), { timeout: 30_000 })
      .toBeGreaterThan(before);
    await page.locator("canvas.maplibregl-canvas").waitFor();
    await waitForRender(page);
    // The old map's context went with it on purpose: that is no news to the visitor.
    const after = await notices();
    expect(after).not.toContain("地图出错");
    expect(after).not.toMatch(/WebGL|依赖未能加载的项目/);
    expect(otherErrors(consoleErrors)).toEqual([]);
  });
});

describe("a link with 600 unknown parameters", () => {
  const official = "【嘉兴市政府通知】本地图已停用，请前往其他网站查看最新规划信息并登记您的个人资料";
  // About 12 kB of link: the most a server takes in one request line (16 kB) leaves room for.
  const parameters = Array.from({ length: 599 }, (_, index) => `unknown${index}=xxxxxxxx`);
  const app = sharedApp(`/?${encodeURIComponent(official)}=1&${parameters.join("&")}`, {
    waitForIdle: false,
    map: false,
  });

  it("gives one notice with a short, quoted, truncated list, and the page stays small", async () => {
    const { page } = app();
    await page.getByRole("list", { name: "项目" }).getByRole("listitem").first().waitFor();
    const notices = page.locator(".notice");
    expect(await notices.count()).toBe(1);
    const notice = notices.first();
    expect(await notice.textContent()).toContain("链接中有 600 个参数无法使用");
    const lines = await notice.locator("li").allTextContents();
    expect(lines.length).toBeLessThanOrEqual(11);
    // Echoed input is quoted and cut to 40 characters: it cannot pass for the page's own sentence.
    expect(lines[0]).toMatch(/^“【嘉兴市政府通知】本地图已停用，请前往其他网站.{0,25}…”/);
    expect(lines.every((line) => line.length < 120)).toBe(true);
    const nodes = await page.evaluate(() => document.getElementsByTagName("*").length);
    const noticeNodes = await notice.evaluate((element) => element.getElementsByTagName("*").length);
    console.info(`600 unknown parameters: ${nodes} elements in the page, ${noticeNodes} in the notice`);
    expect(noticeNodes).toBeLessThan(40);
    expect(nodes).toBeLessThan(1500); // 8,000 notices made 24,540 nodes before
  });
});

describe("a 天地图 key", () => {
  const key = "f00dfeedcafe0123456789abcdef4242";
  const messages: string[] = [];
  const app = sharedApp("/", {
    beforeNavigate: (page) => {
      page.on("console", (message) => messages.push(`${message.type()}: ${message.text()}`));
      return Promise.resolve();
    },
  });

  it("is typed in a hidden field and appears in no notice and no console message", async () => {
    const { page, outsideRequests } = app();
    await page.getByRole("combobox", { name: "底图" }).selectOption("tianditu");
    const field = page.getByLabel("天地图密钥（tk）");
    expect(await field.getAttribute("type")).toBe("password");
    await field.fill(key);
    await page.getByRole("button", { name: "显示密钥" }).click();
    expect(await field.getAttribute("type")).toBe("text");
    await page.getByRole("button", { name: "隐藏密钥" }).click();
    await page.getByRole("button", { name: "使用", exact: true }).click();
    // The tiles cannot load (every outside request is blocked): the map returns to the embedded basemap.
    const fallback = page.locator(".notice", { hasText: "已切换回内置底图" });
    await fallback.waitFor({ timeout: 30_000 });
    await waitForRender(page);
    const notices = (await page.locator(".notice").allTextContents()).join("\n");
    console.info(`fallback notice: ${notices}`);
    console.info(`console messages: ${messages.length}, blocked requests: ${outsideRequests.length}`);
    expect(outsideRequests.some((url) => url.includes(key))).toBe(true); // the key was really used
    expect(notices).not.toContain(key);
    expect(messages.filter((message) => message.includes(key))).toEqual([]);
    expect(await page.locator("body").textContent()).not.toContain(key);
  });
});
