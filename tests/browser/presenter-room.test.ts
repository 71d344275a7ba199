// The presentation as the room sees it: leaving puts the link back exactly; at 1920×1080, 1280×720 and
// 3840×2160 no two panels cover each other and the whole city, when in view, fills a fifth of the screen;
// and a tour made in the page (two slides, reordered, downloaded, loaded back) plays the same views.
import { readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { FeatureCollection } from "geojson";
import type { Page } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import type { Tour } from "../../src/data/tour-schema";
import { boundsOf } from "../../src/geo/coordinates";
import { closeBrowsers, openApp } from "./support/app-page";
import { mapCamera } from "./support/map-queries";

const root = resolve(import.meta.dirname, "../..");
const tour = JSON.parse(readFileSync(join(root, "data/tour.json"), "utf8")) as Tour;
const outline = JSON.parse(readFileSync(join(root, "data/basemap/city-outline.geojson"), "utf8"));
const CITY = boundsOf(outline as FeatureCollection);
const PANELS = {
  caption: ".presenter-caption",
  legend: ".presenter-legend",
  controls: ".presenter-controls",
  counter: ".presenter-counter",
  attribution: ".maplibregl-ctrl-attrib",
  scale: ".maplibregl-ctrl-scale",
  inset: ".presenter-inset",
};

afterAll(closeBrowsers);

// The slide's filters apply at once and its camera two frames later (a jump: motion is reduced).
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
}

type Box = { left: number; top: number; right: number; bottom: number };

async function panelBoxes(page: Page): Promise<Record<string, Box>> {
  return page.evaluate((panels) => {
    const boxes: Record<string, Box> = {};
    for (const [name, selector] of Object.entries(panels)) {
      const element = document.querySelector(selector);
      if (!element) continue;
      const { left, top, right, bottom, width } = element.getBoundingClientRect();
      if (width > 0) boxes[name] = { left, top, right, bottom };
    }
    return boxes;
  }, PANELS);
}

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
}

// The city's bounding box on screen: its share of the window, and whether all of it is in view.
async function cityOnScreen(page: Page) {
  return page.evaluate((city) => {
    const map = (document.querySelector(".map-canvas") as unknown as { maplibreMap: ProjectingMap })
      .maplibreMap;
    const northWest = map.project([city[0], city[3]]);
    const southEast = map.project([city[2], city[1]]);
    const width = window.innerWidth;
    const height = window.innerHeight;
    const inView = northWest.x >= 0 && northWest.y >= 0 && southEast.x <= width && southEast.y <= height;
    return { inView, share: ((southEast.x - northWest.x) * (southEast.y - northWest.y)) / (width * height) };
  }, CITY);
}
interface ProjectingMap {
  project: (position: [number, number]) => { x: number; y: number };
}

describe("leaving the presentation", () => {
  it("puts back the link: the camera to three decimals, the filters, the sidebar tab and the language", async () => {
    const link = "/?layer=railway,highway&map=10.5/30.7012/120.8123&tab=planner&lang=en";
    const app = await openApp(link, { width: 1920, height: 1080 });
    const { page } = app;
    const before = new URL(page.url()).searchParams;
    await page.keyboard.press("p");
    await waitForSlide(page, tour.slides[0]?.id ?? "");
    await page.keyboard.press("PageDown");
    await waitForSlide(page, tour.slides[1]?.id ?? "");
    expect(new URL(page.url()).searchParams.get("map")).not.toBe(before.get("map"));
    await page.keyboard.press("Escape");
    await page.locator(".presenter").waitFor({ state: "detached" });
    await page.waitForFunction(() => new URL(location.href).searchParams.get("present") === null);
    const after = new URL(page.url()).searchParams;
    const threeDecimals = (value: string | null) =>
      (value ?? "").split("/").map((part) => Number(part).toFixed(3));
    expect(threeDecimals(after.get("map"))).toEqual(threeDecimals(before.get("map")));
    const camera = await mapCamera(page);
    expect([camera.zoom, camera.latitude, camera.longitude].map((value) => value.toFixed(3))).toEqual(
      threeDecimals(before.get("map")),
    );
    for (const key of ["layer", "tab", "lang"]) expect(after.get(key)).toBe(before.get(key));
    expect(await page.getByRole("tab", { selected: true }).textContent()).toMatch(/planner/i);
    expect(app.consoleErrors).toEqual([]);
    await app.close();
  });
});

describe.each([
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
  { width: 3840, height: 2160 },
])("every slide of the plan's tour at $width×$height", (size) => {
  it("keeps the panels apart and the whole city, when in view, at least a fifth of the screen", async () => {
    const app = await openApp("/?present=1&slide=1", size);
    const { page } = app;
    const shares: string[] = [];
    for (const [index, slide] of tour.slides.entries()) {
      if (index > 0) await page.keyboard.press("PageDown");
      await waitForSlide(page, slide.id);
      const boxes = await panelBoxes(page);
      expect(Object.keys(boxes)).toEqual(
        expect.arrayContaining(["caption", "legend", "controls", "counter"]),
      );
      const names = Object.keys(boxes);
      for (const [position, first] of names.entries()) {
        const box = boxes[first] as Box;
        expect(box.left >= 0 && box.top >= 0 && box.right <= size.width && box.bottom <= size.height).toBe(
          true,
        );
        for (const second of names.slice(position + 1)) {
          expect(overlaps(box, boxes[second] as Box), `${slide.id}: ${first} and ${second} overlap`).toBe(
            false,
          );
        }
      }
      const city = await cityOnScreen(page);
      shares.push(`${slide.id} ${city.inView ? "whole" : "part"} ${(city.share * 100).toFixed(0)}%`);
      if (city.inView) expect(city.share, `${slide.id}: the city's share`).toBeGreaterThanOrEqual(0.2);
    }
    console.info(`${size.width}×${size.height}: ${shares.join(", ")}`);
    expect(app.consoleErrors).toEqual([]);
    await app.close();
  }, 480_000); // nine slides; a 4K map drawn in software is slow
});

async function addSlide(page: Page, titles: [string, string], search: string, english: string) {
  await page.getByLabel("中文标题").fill(titles[0]);
  await page.getByLabel("英文标题").fill(titles[1]);
  await page.getByLabel("从规划原文中查找说明文字").fill(search);
  await page.getByRole("list", { name: "规划原文中的句子" }).getByRole("button").first().click();
  await page.getByLabel("说明的英文译文").fill(english);
  await page.getByRole("button", { name: "添加当前视图" }).click();
}

describe("a tour made in the page", () => {
  it("adds two slides, reorders, downloads, and the file loaded after a reload plays the same views", async () => {
    const app = await openApp("/?present=1&slide=4", { width: 1920, height: 1080 });
    const { page } = app;
    const total = tour.slides.length;
    await waitForSlide(page, tour.slides[3]?.id ?? "");
    await page.getByRole("button", { name: "编辑导览" }).click();
    await addSlide(
      page,
      ["机场", "The airport"],
      "军民合用机场",
      "Build the Jiaxing military–civil airport.",
    );
    await waitForSlide(page, "my-slide-10");
    await page.getByRole("button", { name: `${2}. 枢纽嘉兴` }).click();
    await waitForSlide(page, tour.slides[1]?.id ?? "");
    await addSlide(page, ["枢纽", "The hub"], "四大枢纽", "Focus on the four hubs.");
    await waitForSlide(page, "my-slide-11");
    await page.getByRole("button", { name: `第 ${total + 2} 页上移` }).click();
    expect(new URL(page.url()).searchParams.get("tour")).toBe("mine");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "下载 tour.json" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("tour.json");
    const made = JSON.parse(readFileSync(await download.path(), "utf8")) as Tour;
    expect(made.slides.map((slide) => slide.id).slice(-2)).toEqual(["my-slide-11", "my-slide-10"]);
    const file = join(tmpdir(), `tour-${process.pid}.json`);
    writeFileSync(file, JSON.stringify(made));

    // Forget the browser's copy, reload, and bring the tour back from the file alone.
    await page.getByRole("button", { name: "恢复为规划导览" }).click();
    await page.reload();
    await page.locator(".presenter").waitFor();
    await page.getByRole("button", { name: "编辑导览" }).click();
    await page.locator(".presenter-editor input[type=file]").setInputFiles(file);
    await waitForSlide(page, tour.slides[0]?.id ?? "");
    expect(await page.locator(".presenter-counter").textContent()).toBe(`第 1 / ${total + 2} 页`);
    await page.getByRole("button", { name: "关闭" }).click();
    for (const [offset, slide] of made.slides.slice(-2).entries()) {
      await page.keyboard.press("End");
      if (offset === 0) await page.keyboard.press("PageUp");
      await waitForSlide(page, slide.id);
      const camera = await mapCamera(page);
      const expected = slide.camera as { longitude: number; latitude: number; zoom: number };
      expect(camera.longitude).toBeCloseTo(expected.longitude, 3);
      expect(camera.latitude).toBeCloseTo(expected.latitude, 3);
      expect(camera.zoom).toBeCloseTo(expected.zoom, 2);
      expect(await page.locator(".presenter-caption h2").textContent()).toBe(slide.title_zh);
    }
    expect(app.consoleErrors).toEqual([]);
    await app.close();
  }, 480_000);

  it("lists a bad file's problems by slide and field, keeps its good slides and the plan's tour", async () => {
    const app = await openApp("/?present=1&slide=1", { width: 1280, height: 720 });
    const { page } = app;
    await waitForSlide(page, tour.slides[0]?.id ?? "");
    await page.getByRole("button", { name: "编辑导览" }).click();
    const input = page.locator(".presenter-editor input[type=file]");
    const notJson = join(tmpdir(), `not-json-${process.pid}.json`);
    writeFileSync(notJson, "{ slides: oops");
    await input.setInputFiles(notJson);
    await expect
      .poll(() => page.locator(".presenter-problems").textContent())
      .toMatch(/json: is not valid JSON/);
    const good = tour.slides[0];
    const bad = {
      slides: [
        good,
        { ...good, id: "unknown", highlight: ["no-such-project"] },
        { ...good, id: "far", camera: { longitude: 140, latitude: 30.7, zoom: 9 } },
        { ...good, id: "invented", caption_zh: "建成世界一流机场。" },
        ...Array.from({ length: 10_000 }, (_, index) => ({ ...good, id: `copy-${index}` })),
      ],
    };
    const badFile = join(tmpdir(), `bad-tour-${process.pid}.json`);
    writeFileSync(badFile, JSON.stringify(bad));
    await input.setInputFiles(badFile);
    const problems = page.locator(".presenter-problems");
    await expect.poll(() => problems.textContent()).toMatch(/has 10004 slides; only the first 100 are read/);
    const text = (await problems.textContent()) ?? "";
    expect(text).toContain('slide unknown: highlight: "no-such-project" is not a project id');
    expect(text).toContain("slide far: camera.longitude: 140 is outside");
    expect(text).toContain('slide invented: caption_zh: "建成世界一流机场。" is not in the plan text');
    // The good slides play: the first, the one with an unknown id (dropped), and 96 copies.
    expect(await page.locator(".presenter-counter").textContent()).toBe("第 1 / 98 页");
    await page.getByLabel("规划导览", { exact: true }).check();
    expect(await page.locator(".presenter-counter").textContent()).toBe(`第 1 / ${tour.slides.length} 页`);
    expect(app.consoleErrors).toEqual([]);
    await app.close();
  }, 300_000);
});
