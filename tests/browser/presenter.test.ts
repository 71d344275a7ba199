// Presenter mode end to end: entering by button, key and link; every tour slide by keyboard (as a
// clicker drives it); the PNG export and the print image; and the app working offline after one visit.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Tour } from "../../src/data/tour-schema";
import { slideShows } from "../../src/filters/slide-filters";
import {
  type AppPage,
  canvasVariety,
  closeBrowsers,
  imageVariety,
  openApp,
  waitForMapIdle,
  waitForRender,
} from "./support/app-page";
import { highlightedProjectIds } from "./support/map-queries";
import { shippedProjects } from "./support/project-data";

const tour = JSON.parse(readFileSync(resolve(import.meta.dirname, "../../data/tour.json"), "utf8")) as Tour;
const projects = shippedProjects().map((feature) => feature.properties);
const HIGHLIGHT_LAYERS = ["project-highlight-line", "project-highlight-point"];
// Clickers send PageDown; keyboards use the arrows and Space: the tour is walked with all three.
const NEXT_KEYS = ["PageDown", "ArrowRight", " "];

afterAll(closeBrowsers);

async function presenterState(page: Page) {
  return page.locator(".presenter").evaluate((element: HTMLElement) => ({
    slideId: element.dataset.slideId ?? "",
    number: Number(element.dataset.slideNumber),
    shownIds: (element.dataset.shownIds ?? "").split(",").filter(Boolean).sort(),
  }));
}

// The slide's filters apply at once; its camera two frames later: wait for both, then for the map to draw.
async function waitForSlide(page: Page, id: string): Promise<void> {
  await page.waitForFunction(
    (slideId) => document.querySelector<HTMLElement>(".presenter")?.dataset.slideId === slideId,
    id,
  );
  await page.evaluate(
    () =>
      new Promise((done) =>
        requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(done))),
      ),
  );
  await waitForRender(page);
}

async function highlightedOnScreen(page: Page): Promise<string[]> {
  return page.evaluate((layers) => {
    const map = (document.querySelector(".map-canvas") as unknown as { maplibreMap: HighlightMap })
      .maplibreMap;
    // Every project is in the highlight layers; feature state says which ones are drawn.
    const ids = map
      .queryRenderedFeatures(undefined, { layers })
      .filter((feature) =>
        ["selected", "hovered", "spotlight", "plan"].some((reason) => feature.state?.[reason] === true),
      )
      .map((feature) => String(feature.properties.id));
    return [...new Set(ids)].sort();
  }, HIGHLIGHT_LAYERS);
}
interface HighlightMap {
  queryRenderedFeatures: (
    geometry: undefined,
    options: { layers: string[] },
  ) => { properties: { id: unknown }; state?: Record<string, unknown> }[];
}

describe("presenter mode", () => {
  let app: AppPage;
  beforeAll(async () => {
    app = await openApp("/", { width: 1280, height: 720 });
  });
  afterAll(() => app?.close());

  it("enters from the header button and hides the page chrome", async () => {
    const { page } = app;
    await page.getByRole("button", { name: "演示" }).click();
    await waitForSlide(page, tour.slides[0]?.id ?? "");
    expect(await page.locator(".app-header").isVisible()).toBe(false);
    expect(await page.locator(".sidebar").isVisible()).toBe(false);
    expect(await page.locator(".presenter-counter").textContent()).toBe(`第 1 / ${tour.slides.length} 页`);
    expect(new URL(page.url()).searchParams.get("present")).toBe("1");
    // Room-readable type at this 720-pixel-high window: the caption is 3vh, about 22 px (32 px at 1080).
    const captionSize = await page
      .locator(".presenter-caption p")
      .evaluate((element) => getComputedStyle(element).fontSize);
    expect(Number.parseFloat(captionSize)).toBeGreaterThanOrEqual(21);
  });

  it("walks every slide by keyboard, each showing its projects and highlights", async () => {
    const { page } = app;
    for (const [index, slide] of tour.slides.entries()) {
      if (index > 0) await page.keyboard.press(NEXT_KEYS[index % NEXT_KEYS.length] as string);
      await waitForSlide(page, slide.id);
      const state = await presenterState(page);
      const expected = projects
        .filter((properties) => slideShows(slide, properties))
        .map((found) => found.id);
      expect(state.number).toBe(index + 1);
      expect(state.shownIds).toEqual(expected.sort());
      expect(new URL(page.url()).searchParams.get("slide")).toBe(String(index + 1));
      expect(await highlightedProjectIds(page, "spotlight")).toEqual([...slide.highlight].sort());
      expect(await highlightedOnScreen(page)).toEqual([...slide.highlight].sort());
    }
    expect(app.consoleErrors).toEqual([]);
  });

  it("goes back with PageUp, jumps with Home, End and numbers, and leaves with Escape", async () => {
    const { page } = app;
    const last = tour.slides.length;
    await page.keyboard.press("PageUp");
    await waitForSlide(page, tour.slides[last - 2]?.id ?? "");
    await page.keyboard.press("Home");
    await waitForSlide(page, tour.slides[0]?.id ?? "");
    await page.keyboard.press("End");
    await waitForSlide(page, tour.slides[last - 1]?.id ?? "");
    await page.keyboard.press("4");
    await waitForSlide(page, tour.slides[3]?.id ?? "");
    await page.keyboard.press("Escape");
    await page.locator(".presenter").waitFor({ state: "detached" });
    expect(await page.locator(".app-header").isVisible()).toBe(true);
    expect(new URL(page.url()).searchParams.get("present")).toBeNull();
    // Leaving restores what was shown before: every project.
    expect(await page.getByRole("list", { name: "项目" }).getByRole("listitem").count()).toBe(
      projects.length,
    );
  });

  it("enters with the P key and toggles autoplay with a visible control", async () => {
    const { page } = app;
    await page.keyboard.press("p");
    await waitForSlide(page, tour.slides[3]?.id ?? "");
    const autoplay = page.getByRole("button", { name: "自动播放" });
    await autoplay.click();
    expect(await page.getByRole("button", { name: "暂停自动播放" }).getAttribute("aria-pressed")).toBe(
      "true",
    );
    await page.keyboard.press("a");
    expect(await autoplay.getAttribute("aria-pressed")).toBe("false");
  });

  it("exports the view as a PNG of the map's size, with the map and its legend drawn", async () => {
    const { page } = app;
    const size = await page.evaluate(() => {
      const canvas = document.querySelector("canvas.maplibregl-canvas") as HTMLCanvasElement;
      return { width: canvas.width, height: canvas.height };
    });
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "导出图片" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^jiaxing-map-\d{4}-\d{2}-\d{2}-hub-air\.png$/);
    const path = await download.path();
    const png = readFileSync(path);
    expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
    // IHDR: width and height as big-endian 32-bit integers at bytes 16 and 20.
    expect({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) }).toEqual(size);
    const variety = await imageVariety(page, `data:image/png;base64,${png.toString("base64")}`);
    expect(variety.distinctColours).toBeGreaterThan(50);
  });

  it("prints the composed image, not the blank WebGL canvas", async () => {
    const { page } = app;
    await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
    await page.emulateMedia({ media: "print" });
    const image = page.locator("img.print-image");
    expect(await image.getAttribute("src")).toMatch(/^data:image\/png;base64,/);
    expect(await image.isVisible()).toBe(true);
    expect(await page.locator(".map-area").isVisible()).toBe(false);
    await page.emulateMedia({ media: "screen" });
    await page.evaluate(() => window.dispatchEvent(new Event("afterprint")));
    expect(await image.isVisible()).toBe(false);
    expect(app.consoleErrors).toEqual([]);
  });
});

describe("leaving and entering again at once", () => {
  it("Escape then P starts a presentation that the first one's ending full screen does not end", async () => {
    const app = await openApp("/", { width: 1280, height: 720 });
    const { page } = app;
    await page.getByRole("button", { name: "演示" }).click();
    await waitForSlide(page, tour.slides[0]?.id ?? "");
    await page.waitForFunction(() => document.fullscreenElement !== null);
    // Browsers finish leaving full screen a frame or more later; here, 400 ms later, so that the P
    // below always comes while the first presentation's full screen is still up.
    await page.evaluate(() => {
      const exit = Document.prototype.exitFullscreen;
      Document.prototype.exitFullscreen = function (this: Document) {
        return new Promise<void>((done) => setTimeout(done, 400))
          .then(() => exit.call(this))
          .then(() => {
            document.body.dataset.exited = "yes";
          });
      };
    });
    await page.keyboard.press("Escape");
    await page.keyboard.press("p");
    await page.waitForFunction(() => document.body.dataset.exited === "yes");
    // Back in full screen, and still presenting once the exit's events have been handled.
    await page.waitForFunction(() => document.fullscreenElement !== null);
    await waitForSlide(page, tour.slides[0]?.id ?? "");
    expect(await page.locator(".presenter").count()).toBe(1);
    expect(new URL(page.url()).searchParams.get("present")).toBe("1");
    expect(app.consoleErrors).toEqual([]);
    await app.close();
  });
});

describe("offline", () => {
  it("opens from a link to a slide, then reloads with no network and still draws the map and tour", async () => {
    const app = await openApp("/?present=1&slide=3", { width: 1280, height: 720 });
    const { page } = app;
    await waitForSlide(page, tour.slides[2]?.id ?? "");
    // The first visit installs the service worker and precaches the build; it then controls the page.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
      timeout: 60_000,
    });
    await page.context().setOffline(true);
    await page.reload();
    await waitForMapIdle(page);
    await waitForSlide(page, tour.slides[2]?.id ?? "");
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);
    const variety = await canvasVariety(page);
    expect(variety.distinctColours).toBeGreaterThan(50);
    expect(app.consoleErrors).toEqual([]);
    expect(app.outsideRequests).toEqual([]);
    await app.close();
  });
});
