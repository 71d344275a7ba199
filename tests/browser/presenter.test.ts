// Presenter mode end to end, on one page at 1280×720: entering by button and key; every slide of the
// plan's tour by keyboard (as a clicker drives it), each framed as the unit tests' model says (the
// framing at 1920×1080 and 3840×2160 is checked there, on the same model: presenter-framing.test.ts);
// the PNG export and the print image; leaving and entering again at once; and the slide reloading
// offline after one visit.
import { afterAll, describe, expect, it } from "vitest";
import type { TourSlide } from "../../src/data/tour-schema";
import { slideShows } from "../../src/filters/slide-filters";
import { PROJECT_LAYER } from "../../src/layers/project-layer-ids";
import {
  canvasVariety,
  closeBrowsers,
  downloadedBytes,
  imageVariety,
  sharedApp,
  waitForMapIdle,
} from "./support/app-page";
import { highlightedProjectIds, mapCamera } from "./support/map-queries";
import {
  CITY,
  fittedCamera,
  indexed,
  modelOf,
  planTour as tour,
  verticesOf,
} from "./support/presenter-model";
import {
  highlightedOnScreen,
  inside,
  overlaps,
  panelBoxes,
  presenterState,
  renderedIds,
  screenPoints,
  waitForSlide,
} from "./support/presenter-page";

const VIEWPORT = { width: 1280, height: 720 };
const HIGHLIGHT_LAYERS = [PROJECT_LAYER.highlightLine, PROJECT_LAYER.highlightPoint];
const LABEL_LAYERS = [PROJECT_LAYER.labelPoint, PROJECT_LAYER.labelZone];
// Clickers send PageDown; keyboards use the arrows and Space: the tour is walked with all three.
const NEXT_KEYS = ["PageDown", "ArrowRight", " "];
const AIRPORT_PLACE = [
  "jiaxing-military-civil-airport",
  "global-aviation-logistics-hub",
  "jiaxing-airport-peripheral-works",
];
const XIAOSHAN = "hangzhou-xiaoshan-airport-railway-hub";
const first = tour.slides[0]?.id ?? "";

afterAll(closeBrowsers);

describe("presenter mode", () => {
  // A reader's own view before the presentation: filters, a camera and another sidebar tab.
  const LINK = "/?layer=railway,highway&map=10.5/30.7012/120.8123&tab=layers";
  // Not waiting for the map's first idle: presenting starts while the map still draws the link's view
  // (as a presenter in a hurry does), and every step waits for the slide it needs (waitForSlide).
  // The service worker is allowed here (blocked by default): the offline reload below relies on it.
  const app = sharedApp(LINK, { ...VIEWPORT, waitForIdle: false, serviceWorkers: "allow" });

  it("enters from the header button and hides the page chrome", async () => {
    const { page } = app();
    await page.getByRole("button", { name: "演示" }).click();
    await waitForSlide(page, first);
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

  it("walks every slide by keyboard, each framed as the model says, its highlights whole and clear", async () => {
    const { page } = app();
    const shares: string[] = [];
    for (const [index, slide] of tour.slides.entries()) {
      if (index > 0) await page.keyboard.press(NEXT_KEYS[index % NEXT_KEYS.length] as string);
      await waitForSlide(page, slide.id);
      const state = await presenterState(page);
      const expected = indexed
        .filter((feature) => slideShows(slide, feature.properties))
        .map((feature) => feature.properties.id);
      expect(state.number).toBe(index + 1);
      expect(state.shownIds).toEqual(expected.sort());
      expect(new URL(page.url()).searchParams.get("slide")).toBe(String(index + 1));
      expect(await highlightedProjectIds(page, "spotlight")).toEqual([...slide.highlight].sort());
      expect(await highlightedOnScreen(page, HIGHLIGHT_LAYERS)).toEqual([...slide.highlight].sort());

      // The panels: apart, on screen, and never larger than the model the unit tests frame with.
      const boxes = await panelBoxes(page);
      const model = modelOf(slide, index, tour.slides.length, VIEWPORT);
      const names = Object.keys(boxes) as (keyof typeof boxes)[];
      expect(names.sort()).toEqual(Object.keys(model.boxes).sort());
      for (const [position, name] of names.entries()) {
        const box = boxes[name] as NonNullable<(typeof boxes)[typeof name]>;
        expect(
          box.left >= 0 && box.top >= 0 && box.right <= VIEWPORT.width && box.bottom <= VIEWPORT.height,
        ).toBe(true);
        for (const other of names.slice(position + 1)) {
          expect(overlaps(box, boxes[other] as typeof box), `${slide.id}: ${name} and ${other}`).toBe(false);
        }
      }
      const { caption, legend, controls, inset } = model.boxes;
      expect(caption.top, `${slide.id}: caption`).toBeLessThanOrEqual((boxes.caption?.top ?? 0) + 1);
      expect(legend.left, `${slide.id}: legend`).toBeLessThanOrEqual((boxes.legend?.left ?? 0) + 1);
      expect(legend.bottom, `${slide.id}: legend`).toBeGreaterThanOrEqual((boxes.legend?.bottom ?? 0) - 1);
      expect(controls.top, `${slide.id}: controls`).toBeLessThanOrEqual((boxes.controls?.top ?? 0) + 1);
      if (inset) expect(inset.bottom).toBeGreaterThanOrEqual((boxes.inset?.bottom ?? 0) - 1);

      // The camera is the framing function's, fitted with the padding the page measured.
      const camera = await mapCamera(page);
      const fitted = fittedCamera(slide, VIEWPORT, boxes);
      expect(camera.zoom).toBeCloseTo(fitted?.zoom ?? 0, 2);
      expect(camera.longitude).toBeCloseTo(fitted?.longitude ?? 0, 3);
      expect(camera.latitude).toBeCloseTo(fitted?.latitude ?? 0, 3);

      // The whole city, when framed, on a fifth of the screen or more; every highlighted project whole
      // and clear of every panel.
      const [northWest, southEast] = await screenPoints(page, [
        [CITY[0], CITY[3]],
        [CITY[2], CITY[1]],
      ]);
      if (model.plan.frame && model.plan.frame[0] <= CITY[0] && model.plan.frame[2] >= CITY[2]) {
        const share =
          (((southEast?.x ?? 0) - (northWest?.x ?? 0)) * ((southEast?.y ?? 0) - (northWest?.y ?? 0))) /
          (VIEWPORT.width * VIEWPORT.height);
        shares.push(`${slide.id} ${(share * 100).toFixed(0)}%`);
        expect(share, `${slide.id}: the city's share`).toBeGreaterThanOrEqual(0.2);
      }
      // Names at one place never pile up; a point beyond the city sits in the inset, not on the map.
      const named = (await renderedIds(page, LABEL_LAYERS)).filter((id) => AIRPORT_PLACE.includes(id));
      expect(named.length, `${slide.id}: names at the airport`).toBeLessThanOrEqual(1);
      if (model.plan.asideIds.length > 0) {
        expect(await renderedIds(page, [PROJECT_LAYER.point])).not.toContain(XIAOSHAN);
        expect(await page.locator(".presenter-inset").isVisible()).toBe(true);
      }
      for (const id of slide.highlight) {
        for (const point of await screenPoints(page, verticesOf(id))) {
          expect(
            point.x >= 0 && point.y >= 0 && point.x <= VIEWPORT.width && point.y <= VIEWPORT.height,
            `${id} on screen`,
          ).toBe(true);
          for (const [name, box] of Object.entries(boxes))
            expect(inside(point, box), `${id} under the ${name}`).toBe(false);
        }
      }
    }
    console.info(`1280×720, the city's share of the screen: ${shares.join(", ")}`);
    // The overview shows the Xiaoshan hub, beyond the city: set aside into its inset.
    expect(modelOf(tour.slides[0] as TourSlide, 0, tour.slides.length, VIEWPORT).plan.asideIds).toContain(
      XIAOSHAN,
    );
    expect(app().consoleErrors).toEqual([]);
  });

  it("turns with PageUp, End, Home and numbers, as a clicker or a keyboard does", async () => {
    const { page } = app();
    const at = (id: string) =>
      page.waitForFunction(
        (slideId) => document.querySelector<HTMLElement>(".presenter")?.dataset.slideId === slideId,
        id,
      );
    const last = tour.slides.length;
    await page.keyboard.press("End");
    await at(tour.slides[last - 1]?.id ?? "");
    await page.keyboard.press("PageUp");
    await at(tour.slides[last - 2]?.id ?? "");
    await page.keyboard.press("Home");
    await at(first);
    await page.keyboard.press("4");
    await waitForSlide(page, tour.slides[3]?.id ?? "");
  });

  it("exports the slide as a PNG of the map's size, named by the tour and the slide's number", async () => {
    const { page } = app();
    const size = await page.evaluate(() => {
      const canvas = document.querySelector("canvas.maplibregl-canvas") as HTMLCanvasElement;
      return { width: canvas.width, height: canvas.height };
    });
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "导出图片" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^jiaxing-map-\d{4}-\d{2}-\d{2}-jiaxing-2020-major-projects-slide-4\.png$/,
    );
    const png = await downloadedBytes(download);
    expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
    // IHDR: width and height as big-endian 32-bit integers at bytes 16 and 20.
    expect({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) }).toEqual(size);
    const variety = await imageVariety(page, `data:image/png;base64,${png.toString("base64")}`);
    expect(variety.distinctColours).toBeGreaterThan(50);
  });

  it("prints the composed image, not the blank WebGL canvas", async () => {
    const { page } = app();
    await page.evaluate(() => window.dispatchEvent(new Event("beforeprint")));
    await page.emulateMedia({ media: "print" });
    const image = page.locator("img.print-image");
    expect(await image.getAttribute("src")).toMatch(/^data:image\/png;base64,/);
    expect(await image.isVisible()).toBe(true);
    expect(await page.locator(".map-area").isVisible()).toBe(false);
    await page.emulateMedia({ media: "screen" });
    await page.evaluate(() => window.dispatchEvent(new Event("afterprint")));
    expect(await image.isVisible()).toBe(false);
    expect(app().consoleErrors).toEqual([]);
  });

  it("leaves with Escape, putting back the link: the camera to three decimals, the filters, the tab", async () => {
    const { page } = app();
    await page.keyboard.press("Escape");
    await page.locator(".presenter").waitFor({ state: "detached" });
    await page.waitForFunction(() => new URL(location.href).searchParams.get("present") === null);
    expect(await page.locator(".app-header").isVisible()).toBe(true);
    const before = new URL(LINK, "http://link").searchParams;
    const after = new URL(page.url()).searchParams;
    const threeDecimals = (value: string | null) =>
      (value ?? "").split("/").map((part) => Number(part).toFixed(3));
    expect(threeDecimals(after.get("map"))).toEqual(threeDecimals(before.get("map")));
    const camera = await mapCamera(page);
    expect([camera.zoom, camera.latitude, camera.longitude].map((value) => value.toFixed(3))).toEqual(
      threeDecimals(before.get("map")),
    );
    for (const key of ["layer", "tab"]) expect(after.get(key)).toBe(before.get(key));
    expect(await page.getByRole("tab", { selected: true }).textContent()).toBe("我的图层");
  });

  it("Escape then P starts a presentation that the first one's ending full screen does not end", async () => {
    const { page } = app();
    await page.getByRole("button", { name: "演示" }).click();
    // Entering again resumes where the presenter left.
    await waitForSlide(page, tour.slides[3]?.id ?? "");
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
    await waitForSlide(page, tour.slides[3]?.id ?? "");
    expect(await page.locator(".presenter").count()).toBe(1);
    expect(new URL(page.url()).searchParams.get("present")).toBe("1");
  });

  it("toggles autoplay with a visible control and the A key", async () => {
    const { page } = app();
    const autoplay = page.getByRole("button", { name: "自动播放" });
    await autoplay.click();
    expect(await page.getByRole("button", { name: "暂停自动播放" }).getAttribute("aria-pressed")).toBe(
      "true",
    );
    await page.keyboard.press("a");
    expect(await autoplay.getAttribute("aria-pressed")).toBe("false");
    expect(app().consoleErrors).toEqual([]);
  });

  it("reloads with no network and still draws the map and the slide", async () => {
    const current = app();
    const { page } = current;
    // The first visit installed the service worker, which claimed the page and precached the build.
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
      timeout: 60_000,
    });
    await page.context().setOffline(true);
    await page.reload();
    await waitForMapIdle(page);
    await waitForSlide(page, tour.slides[3]?.id ?? "");
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);
    expect((await canvasVariety(page)).distinctColours).toBeGreaterThan(50);
    expect(current.consoleErrors).toEqual([]);
    expect(current.outsideRequests).toEqual([]);
  });
});
