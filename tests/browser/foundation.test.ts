import { afterAll, describe, expect, it } from "vitest";
import { BASEMAP_SOURCES } from "../../src/data/basemap-schema";
import { LAYERS } from "../../src/data/project-schema";
import { canvasVariety, closeBrowsers, openApp } from "./support/app-page";

afterAll(closeBrowsers);

describe("the production build", () => {
  it("reaches map:idle with a drawn map, no console errors and no outside request", async () => {
    const app = await openApp("/");
    const variety = await canvasVariety(app.page);
    expect(variety.distinctColours).toBeGreaterThan(50);
    expect(variety.nonBackgroundShare).toBeGreaterThan(0.2);
    expect(app.consoleErrors).toEqual([]);
    expect(app.outsideRequests).toEqual([]);
    await app.close();
  });

  it("fetches each data file and the map code once: the early hints in index.html are reused", async () => {
    const requests: string[] = [];
    const app = await openApp("/", {
      beforeNavigate: async (page) => page.on("request", (request) => requests.push(request.url())),
    });
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
    await app.close();
  });

  it("starts one map: the page never builds a second MapLibre (a second WebGL context and data hand-over)", async () => {
    const app = await openApp("/", {
      beforeNavigate: (page) =>
        page.addInitScript(() => {
          // From the mutation records, not the page as it is: a map built and removed again within
          // one task never shows in a query of the document.
          const counted = new Set<Element>();
          new MutationObserver((records) => {
            for (const record of records)
              for (const node of record.addedNodes) {
                if (!(node instanceof Element)) continue;
                if (node.matches("canvas.maplibregl-canvas")) counted.add(node);
                for (const canvas of node.querySelectorAll("canvas.maplibregl-canvas")) counted.add(canvas);
              }
            (window as unknown as { mapCanvases: number }).mapCanvases = counted.size;
          }).observe(document, { subtree: true, childList: true });
        }),
    });
    expect(await app.page.evaluate(() => (window as unknown as { mapCanvases: number }).mapCanvases)).toBe(1);
    await app.close();
  });

  it("marks map:idle exactly once", async () => {
    const app = await openApp("/");
    const marks = await app.page.evaluate(() => performance.getEntriesByName("map:idle").length);
    expect(marks).toBe(1);
    await app.close();
  });

  it("sets the page language to Chinese by default", async () => {
    const app = await openApp("/", { waitForIdle: false });
    expect(await app.page.getAttribute("html", "lang")).toBe("zh-CN");
    await app.close();
  });
});
