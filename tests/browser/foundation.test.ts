// The production build as a deployment serves it: under the Content-Security-Policy README.md recommends
// (read from the README's nginx example and sent as a response header), the map draws with no console
// error, no outside request and no policy violation; each data file and the map code are fetched once;
// the first view's labels need one font file; one MapLibre is built; the page's language follows the
// interface; a filter change and the details work under the policy.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BASEMAP_SOURCES } from "../../src/data/basemap-schema";
import { LAYERS } from "../../src/data/project-schema";
import { type AppPage, canvasVariety, closeBrowsers, openApp, waitForRender } from "./support/app-page";
import { type ServedBuild, serveBuild } from "./support/serve-build";

const README = readFileSync(resolve(import.meta.dirname, "../../README.md"), "utf8");
const POLICY = /add_header Content-Security-Policy "([^"]+)"/.exec(README)?.[1] ?? "";

let served: ServedBuild;
let app: AppPage;
const requests: string[] = [];

beforeAll(async () => {
  served = await serveBuild("dist", { "Content-Security-Policy": POLICY });
  app = await openApp("/", {
    baseUrl: served.baseUrl,
    beforeNavigate: async (page) => {
      page.on("request", (request) => requests.push(request.url()));
      await page.addInitScript(() => {
        const violations: string[] = [];
        // From the mutation records, not the page as it is: a map built and removed again within one
        // task never shows in a query of the document.
        const canvases = new Set<Element>();
        Object.assign(window, { cspViolations: violations, mapCanvases: canvases });
        document.addEventListener("securitypolicyviolation", (event) =>
          violations.push(`${event.violatedDirective} ${event.blockedURI}`),
        );
        new MutationObserver((records) => {
          for (const record of records)
            for (const node of record.addedNodes) {
              if (!(node instanceof Element)) continue;
              if (node.matches("canvas.maplibregl-canvas")) canvases.add(node);
              for (const canvas of node.querySelectorAll("canvas.maplibregl-canvas")) canvases.add(canvas);
            }
        }).observe(document, { subtree: true, childList: true });
      });
    },
  });
});

afterAll(async () => {
  await app?.close();
  await closeBrowsers();
  await served?.close();
});

const violations = () =>
  app.page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

describe("the production build under README's Content-Security-Policy", () => {
  it("uses a strict policy: same origin only, no inline script, no eval", async () => {
    expect(POLICY).toContain("default-src 'self'");
    expect(POLICY).not.toContain("unsafe-inline");
    expect(POLICY).not.toContain("unsafe-eval");
    expect(POLICY).not.toMatch(/script-src/);
    const header = await app.page.evaluate(async () =>
      (await fetch(window.location.href)).headers.get("content-security-policy"),
    );
    expect(header).toBe(POLICY);
  });

  it("reaches map:idle with a drawn map, no console error, no outside request and no violation", async () => {
    const variety = await canvasVariety(app.page);
    expect(variety.distinctColours).toBeGreaterThan(50);
    expect(variety.nonBackgroundShare).toBeGreaterThan(0.2);
    expect(app.consoleErrors).toEqual([]);
    expect(app.outsideRequests).toEqual([]);
    expect(await violations()).toEqual([]);
  });

  it("fetches each data file and the map code once: the early hints in index.html are reused", async () => {
    const hinted = await app.page.$$eval("link[fetchpriority='low']", (links) =>
      links.map((link) => (link as HTMLLinkElement).href),
    );
    // One per basemap source and one per project layer.
    expect(hinted.filter((url) => url.endsWith(".geojson")).length).toBe(
      BASEMAP_SOURCES.length + LAYERS.length,
    );
    expect(hinted.some((url) => /\/map-view-[^/]+\.js$/.test(url))).toBe(true);
    for (const url of hinted)
      expect(
        requests.filter((requested) => requested === url),
        url,
      ).toHaveLength(1);
  });

  it("draws the city's labels from the one font file cut for its names: no per-range subset at the start", async () => {
    // Each font file MapLibre registers makes the browser lay out and repaint the whole page once it
    // has loaded; the labels of the first view need exactly one.
    const fonts = requests.filter((url) => url.endsWith(".woff2"));
    expect(fonts).toHaveLength(1);
    expect(fonts[0]).toMatch(/\/noto-sans-sc-labels-[^/]+\.woff2$/);
    const registered = await app.page.evaluate(() =>
      [...document.fonts].filter((face) => face.family.includes("maplibre")).map((face) => face.status),
    );
    expect(registered).toEqual(["loaded"]);
  });

  it("starts one map: the page never builds a second MapLibre (a second WebGL context and data hand-over)", async () => {
    const built = await app.page.evaluate(
      () => (window as unknown as { mapCanvases: Set<Element> }).mapCanvases.size,
    );
    expect(built).toBe(1);
  });

  it("gives the document the interface's language, and a filter change and the details work under the policy", async () => {
    const { page } = app;
    expect(await page.getAttribute("html", "lang")).toBe("zh-CN");
    // A filter change and the details panel exercise the map's redraw and the rest of the UI.
    await page.locator("button.pillar-hub[aria-pressed]").click();
    await waitForRender(page);
    await page.getByRole("list", { name: "项目" }).getByRole("button").first().click();
    await page.locator("#detail-heading").waitFor();
    await page.getByRole("button", { name: "Switch to English" }).click();
    await expect.poll(() => page.getAttribute("html", "lang")).toBe("en");
    await waitForRender(page);
    expect(await violations()).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
    expect(app.outsideRequests).toEqual([]);
  });
});
