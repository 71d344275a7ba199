// Hostile and broken input: no WebGL, project data that fails to load, random and malformed links, and
// project text carrying HTML or script. The page must explain, recover, and never run what it shows.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeBrowsers, openApp, waitForMapIdle, waitForRender } from "./support/app-page";
import { hostileSearches } from "./support/hostile-urls";
import { buildWithProjectData, type ServedBuild } from "./support/serve-build";

afterAll(closeBrowsers);

const PROJECT_FILE =
  /\/assets\/(airport|highway|innovation|platform|railway|urban|waterway)-[\w-]+\.geojson$/;
const pageErrors = (errors: readonly string[]) => errors.filter((error) => error.startsWith("page error:"));

// Replaces the address as Back/Forward would, then waits until any resulting change has been drawn.
async function followLink(page: Page, search: string): Promise<void> {
  await page.evaluate((next) => {
    window.history.pushState(null, "", `${window.location.pathname}${next}`);
    window.dispatchEvent(new PopStateEvent("popstate"));
  }, search);
  // Two frames: React commits the new state and its effects mark the map busy (data-idle="false").
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(null)))),
  );
  await waitForRender(page);
}

describe("without WebGL", () => {
  it("explains why there is no map, and the list and details still work", async () => {
    const app = await openApp("/", { webGl: false, waitForIdle: false });
    await app.page.getByText("不支持 WebGL").first().waitFor();
    const items = app.page.getByRole("list", { name: "项目" }).getByRole("listitem");
    await items.first().waitFor();
    expect(await items.count()).toBe(41);
    const name = (await items.nth(2).locator(".project-name").textContent()) ?? "";
    await items.nth(2).getByRole("button").click();
    await expect.poll(() => app.page.locator("#detail-heading").textContent()).toBe(name);
    expect(await app.page.locator(".maplibregl-canvas").count()).toBe(0);
    expect(pageErrors(app.consoleErrors)).toEqual([]);
    expect(app.outsideRequests).toEqual([]);
    await app.close();
  });
});

describe("project data that fails to load", () => {
  it("shows an error with Retry, and Retry loads the projects once the files are reachable", async () => {
    let blocked = true;
    const app = await openApp("/", {
      waitForIdle: false,
      beforeNavigate: (page) =>
        page.route(PROJECT_FILE, (route) => (blocked ? route.abort("failed") : route.fallback())),
    });
    const retry = app.page.getByRole("button", { name: "重试" });
    await retry.first().waitFor();
    await app.page.getByText("项目数据加载失败").first().waitFor();
    expect(await app.page.getByRole("list", { name: "项目" }).count()).toBe(0);
    blocked = false;
    await retry.first().click();
    const items = app.page.getByRole("list", { name: "项目" }).getByRole("listitem");
    await expect.poll(() => items.count(), { timeout: 60_000 }).toBe(41);
    await expect.poll(() => app.page.getByText("项目数据加载失败").count()).toBe(0);
    await waitForMapIdle(app.page);
    await waitForRender(app.page);
    expect(pageErrors(app.consoleErrors)).toEqual([]);
    await app.close();
  });
});

describe("random and malformed link parameters", () => {
  it("survives 200 hostile links applied through Back/Forward, and the map keeps drawing", async () => {
    const app = await openApp("/");
    for (const search of hostileSearches(20200101, 200)) {
      await followLink(app.page, search);
      expect(pageErrors(app.consoleErrors), search).toEqual([]);
    }
    expect(await app.page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
    await followLink(app.page, "?");
    expect(await app.page.getByRole("list", { name: "项目" }).getByRole("listitem").count()).toBe(41);
    await app.close();
    // Most links change nothing drawable and return at once; the rest wait for a redraw (~1 s each in
    // software WebGL on a busy machine).
  }, 300_000);

  it("opens hostile links as fresh visits with a notice and a drawn map", async () => {
    const app = await openApp("/", { waitForIdle: false });
    for (const search of hostileSearches(7, 5)) {
      await app.page.goto(`${app.baseUrl}/${search}`);
      await waitForMapIdle(app.page);
      await waitForRender(app.page);
      expect(pageErrors(app.consoleErrors), search).toEqual([]);
    }
    expect(await app.page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
    await app.close();
  }, 240_000); // five full map loads
});

describe("project text carrying HTML and script", () => {
  let served: ServedBuild;
  beforeAll(async () => {
    served = await buildWithProjectData("tests/fixtures/hostile-data");
  });
  afterAll(() => served?.close());

  it("is shown as literal text in the list, the details and the notices, and never runs", async () => {
    const app = await openApp("/", { baseUrl: served.baseUrl });
    const page = app.page;
    const imageName = '<img src=x onerror="window.__pwned=1">恶意图片项目';
    const list = page.getByRole("list", { name: "项目" });
    await list.getByText(imageName, { exact: true }).waitFor();
    await list.getByText('<a href="javascript:window.__pwned=6">链接项目</a>', { exact: true }).waitFor();
    await list
      .getByText("{{constructor.constructor('window.__pwned=8')()}}模板铁路", { exact: true })
      .waitFor();
    // The broken feature is skipped, and its hostile value appears in the notice as text.
    await page.getByText('"<script>window.__pwned=7</script>"', { exact: false }).first().waitFor();

    await list.getByText(imageName, { exact: true }).click();
    await expect.poll(() => page.locator("#detail-heading").textContent()).toBe(imageName);
    const details = page.locator(".detail-panel");
    await details.getByText("<script>window.__pwned=2</script>年内开工", { exact: true }).waitFor();
    await details.getByText('"><svg onload="window.__pwned=3">引文', { exact: true }).waitFor();
    await details
      .getByText('<iframe src="javascript:window.__pwned=5">备注</iframe>', { exact: true })
      .waitFor();

    await followLink(page, "?lang=en&project=hostile-image-tag");
    await expect
      .poll(() => page.locator("#detail-heading").textContent())
      .toBe('<img src=x onerror="window.__pwned=1"> hostile image project');
    await page
      .getByRole("list", { name: "Projects" })
      .getByText("\u0024{window.__pwned=8} template railway", { exact: true })
      .waitFor();

    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
    const injected = await page.evaluate(
      () =>
        document.querySelectorAll("img[src='x'], iframe, svg[onload], a[href^='javascript:'], b[onmouseover]")
          .length,
    );
    expect(injected).toBe(0);
    expect(pageErrors(app.consoleErrors)).toEqual([]);
    await app.close();
  });
});
