// Hostile and broken input: no WebGL, project data that fails to load, malformed links, and project
// text carrying HTML or script. The page must explain, recover, and never run what it shows. Thousands
// of generated links go through the link parser in Node (src/state/app/url-state-fuzz.test.ts); here a
// few of them reach the page, and the hostile project data is served in place of the shipped files.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { parseViewState } from "../../src/state/app/url-state";
import { hostileSearches } from "../support/hostile-urls";
import { closeBrowsers, sharedApp, visit, waitForMapIdle, waitForRender } from "./support/app-page";

afterAll(closeBrowsers);

const PROJECT_FILE =
  /\/assets\/(airport|highway|innovation|platform|railway|urban|waterway)-[\w-]+\.geojson$/;
const pageErrors = (errors: readonly string[]) => errors.filter((error) => error.startsWith("page error:"));

// Replaces the address as Back/Forward would, then waits until any resulting change has been drawn
// (on a page with its map).
async function followLink(page: Page, search: string, drawn = true): Promise<void> {
  await page.evaluate((next) => {
    window.history.pushState(null, "", `${window.location.pathname}${next}`);
    window.dispatchEvent(new PopStateEvent("popstate"));
  }, search);
  if (!drawn) return;
  // Two frames: React commits the new state and its effects mark the map busy (data-idle="false").
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(null)))),
  );
  await waitForRender(page);
}

describe("without WebGL", () => {
  const app = sharedApp("/", { webGl: false, waitForIdle: false });

  it("explains why there is no map, and the list and details still work", async () => {
    const { page, consoleErrors, outsideRequests } = app();
    await page.getByText("不支持 WebGL").first().waitFor();
    const items = page.getByRole("list", { name: "项目" }).getByRole("listitem");
    await items.first().waitFor();
    expect(await items.count()).toBe(41);
    const name = (await items.nth(2).locator(".project-name").textContent()) ?? "";
    await items.nth(2).getByRole("button").click();
    await expect.poll(() => page.locator("#detail-heading").textContent()).toBe(name);
    expect(await page.locator(".maplibregl-canvas").count()).toBe(0);
    expect(pageErrors(consoleErrors)).toEqual([]);
    expect(outsideRequests).toEqual([]);
  });
});

describe("project data that fails to load", () => {
  let blocked = true;
  const app = sharedApp("/", {
    waitForIdle: false,
    beforeNavigate: (page) =>
      page.route(PROJECT_FILE, (route) => (blocked ? route.abort("failed") : route.fallback())),
  });

  it("shows an error with Retry, and Retry loads the projects once the files are reachable", async () => {
    const { page, consoleErrors } = app();
    const retry = page.getByRole("button", { name: "重试" });
    await retry.first().waitFor();
    await page.getByText("项目数据加载失败").first().waitFor();
    expect(await page.getByRole("list", { name: "项目" }).count()).toBe(0);
    blocked = false;
    await retry.first().click();
    const items = page.getByRole("list", { name: "项目" }).getByRole("listitem");
    await expect.poll(() => items.count(), { timeout: 60_000 }).toBe(41);
    await expect.poll(() => page.getByText("项目数据加载失败").count()).toBe(0);
    await waitForMapIdle(page);
    await waitForRender(page);
    expect(pageErrors(consoleErrors)).toEqual([]);
  });
});

describe("hostile links", () => {
  const app = sharedApp("/");

  it("survive ten generated links applied through Back/Forward, and the map keeps drawing", async () => {
    const { page, consoleErrors } = app();
    for (const search of hostileSearches(20200101, 10)) {
      await followLink(page, search);
      expect(pageErrors(consoleErrors), search).toEqual([]);
    }
    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
    await followLink(page, "?");
    expect(await page.getByRole("list", { name: "项目" }).getByRole("listitem").count()).toBe(41);
  });

  it("opens a hostile link as a fresh visit with a notice and a drawn map", async () => {
    const { page, consoleErrors } = app();
    // One that the parser answers with a notice (most do).
    const search = hostileSearches(7, 20).find((link) => parseViewState(link).notices.length > 0) as string;
    await visit(app(), `/${search}`);
    await waitForRender(page);
    await page.locator(".notice").first().waitFor();
    expect(pageErrors(consoleErrors), search).toEqual([]);
    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
  });
});

describe("project text carrying HTML and script", () => {
  // The shipped files' addresses answered with the hostile fixture (tests/fixtures/hostile-data), or an
  // empty collection for a layer it does not have: the same as a build of that data, without a build.
  const fixtures = resolve(import.meta.dirname, "../fixtures/hostile-data");
  // The map draws names only as WebGL glyphs, never as markup: its code is held back here.
  const app = sharedApp("/", {
    waitForIdle: false,
    map: false,
    beforeNavigate: (page) =>
      page.route(PROJECT_FILE, (route) => {
        const layer = PROJECT_FILE.exec(route.request().url())?.[1] as string;
        let body = '{"type":"FeatureCollection","features":[]}';
        try {
          body = readFileSync(resolve(fixtures, `${layer}.geojson`), "utf8");
        } catch {
          // not in the fixture: no projects of that layer
        }
        return route.fulfill({ contentType: "application/geo+json", body });
      }),
  });

  it("is shown as literal text in the list, the details and the notices, and never runs", async () => {
    const { page, consoleErrors } = app();
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

    await followLink(page, "?lang=en&project=hostile-image-tag", false);
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
    expect(pageErrors(consoleErrors)).toEqual([]);
  });
});
