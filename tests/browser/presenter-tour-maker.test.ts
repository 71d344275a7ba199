// A presenter makes a tour of their own from nothing (issue 29): start empty, frame three views with
// different filters and add each, download the tour, load the file in a fresh page, and present it:
// three slides, each showing its own filters, the export named by the tour and the slide's number.
// Then tour files that are not sound, loaded in the same room: each problem listed by slide and field,
// the sound slides still play, nothing crashes. (One page for both: a page load here costs ≈ 10 s.
// The room's layout at 1920×1080 and 3840×2160 is checked by the framing unit tests,
// src/state/presenter/presenter-framing.test.ts; the plan's tour and leaving it in presenter.test.ts.)
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import type { Tour, TourFilters, TourSlide } from "../../src/data/tour-schema";
import { slideShows } from "../../src/filters/slide-filters";
import { closeBrowsers, downloadedBytes, sharedApp, visit } from "./support/app-page";
import { indexed, planTour } from "./support/presenter-model";
import { presenterState, waitForSlide } from "./support/presenter-page";

afterAll(closeBrowsers);

function written(name: string, content: string): string {
  const file = join(tmpdir(), `${name}-${process.pid}.json`);
  writeFileSync(file, content);
  return file;
}

interface View {
  id: string;
  titles: [string, string];
  search: string;
  english: string;
  frame: (panel: ReturnType<Page["locator"]>) => Promise<void>;
  filters: TourFilters;
}

const VIEWS: View[] = [
  {
    id: "the-hub",
    titles: ["枢纽", "The hub"],
    search: "四大枢纽",
    english: "Focus on the four hubs.",
    frame: async (panel) => {
      for (const pillar of ["创新嘉兴", "品质嘉兴", "开放嘉兴"])
        await panel.getByRole("button", { name: new RegExp(`^${pillar}`) }).click();
    },
    filters: { pillars: ["hub"] },
  },
  {
    id: "haining",
    titles: ["海宁", "Haining"],
    search: "杭海城际铁路",
    english: "Strive to have the Hangzhou–Haining intercity railway track-connected.",
    frame: async (panel) => {
      await panel.getByRole("button", { name: "清除全部筛选" }).click();
      await panel.getByRole("button", { name: /^海宁市/ }).click();
    },
    filters: { counties: ["330481"] },
  },
  {
    id: "without-railways",
    titles: ["不含铁路", "Without railways"],
    search: "军民合用机场",
    english: "Build the Jiaxing military–civil airport.",
    frame: async (panel) => {
      await panel.getByRole("button", { name: "清除全部筛选" }).click();
      await panel.getByRole("checkbox", { name: /铁路与轨道/ }).uncheck();
    },
    filters: { layers: ["airport", "waterway", "highway", "platform", "innovation", "urban"] },
  },
];

function shownBy(filters: TourFilters): string[] {
  return indexed
    .filter((feature) => slideShows({ filters }, feature.properties))
    .map((feature) => feature.properties.id)
    .sort();
}

describe("a tour made from nothing, and tour files that are not sound", () => {
  // Not waiting for the map's first idle: the editor is at hand before the map has drawn, and every step
  // that needs the map waits for its slide (waitForSlide).
  const app = sharedApp("/?present=1&slide=1", { width: 1280, height: 720, waitForIdle: false });
  let file = "";

  it("starts an empty tour beside copying the plan's", async () => {
    const { page } = app();
    await page.locator('.presenter[data-slide-id="overview"]').waitFor();
    await page.getByRole("button", { name: "编辑导览" }).click();
    const editor = page.locator(".presenter-editor");
    await expect.poll(() => editor.getByRole("button", { name: "复制规划导览" }).isEnabled()).toBe(true);
    await editor.getByRole("button", { name: "新建空白导览" }).click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get("tour") === "mine");
    expect(await editor.getByText("还没有页面").isVisible()).toBe(true);
    expect((await presenterState(page)).slideId).toBe("");
    // The frame outline stands beside the editor, never under it.
    const [outline, sheet] = await Promise.all([
      page.locator(".presenter-frame").boundingBox(),
      editor.boundingBox(),
    ]);
    expect((outline?.x ?? 0) >= (sheet?.x ?? 0) + (sheet?.width ?? 0)).toBe(true);
  });

  it("adds three views, each with its own filters, as they are framed", async () => {
    const { page } = app();
    const panel = page.locator(".presenter-this-view");
    for (const [index, view] of VIEWS.entries()) {
      await view.frame(panel);
      await page.getByLabel("中文标题").fill(view.titles[0]);
      await page.getByLabel("英文标题").fill(view.titles[1]);
      await page.getByLabel("从规划原文中查找说明文字").fill(view.search);
      await page.getByRole("list", { name: "规划原文中的句子" }).getByRole("button").first().click();
      await page.getByLabel("说明的英文译文").fill(view.english);
      await page.getByRole("button", { name: "添加当前视图" }).click();
      await waitForSlide(page, view.id);
      expect((await presenterState(page)).shownIds).toEqual(shownBy(view.filters));
      expect(await page.getByRole("list", { name: "我的导览的页面" }).getByRole("listitem").count()).toBe(
        index + 1,
      );
    }
  });

  it("downloads the tour, named by it, with three slides, their filters and the schema version", async () => {
    const { page } = app();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "下载导览文件" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("my-tour.tour.json");
    const text = (await downloadedBytes(download)).toString("utf8");
    const made = JSON.parse(text) as Tour;
    expect(made.version).toBe(2);
    expect(made.slides.map((slide) => slide.id)).toEqual(VIEWS.map((view) => view.id));
    expect(made.slides.map((slide) => slide.filters)).toEqual(VIEWS.map((view) => view.filters));
    for (const slide of made.slides) expect(slide.camera).toHaveProperty("bounds");
    file = written("tour-maker", text);
  });

  it("loads the file in a fresh page and presents its three slides, each showing its filters", async () => {
    const current = app();
    const { page } = current;
    // Forget this browser's copy, so only the file brings the tour back.
    await page.getByRole("button", { name: "删除我的导览" }).click();
    // The link the presenter had: their own tour, which this browser no longer holds (nothing to play).
    await visit(current, "/?present=1&tour=mine", false);
    expect(await page.locator(".presenter-caption h2").textContent()).toBe("我的导览还没有页面");
    await page.getByRole("button", { name: "编辑导览" }).click();
    await page.locator(".presenter-editor input[type=file]").setInputFiles(file);
    await waitForSlide(page, VIEWS[0]?.id ?? "");
    await page.getByRole("button", { name: "关闭" }).click();
    expect(await page.locator(".presenter-counter").textContent()).toBe("第 1 / 3 页");
    for (const [index, view] of VIEWS.entries()) {
      if (index > 0) await page.keyboard.press("PageDown");
      await waitForSlide(page, view.id);
      expect((await presenterState(page)).shownIds).toEqual(shownBy(view.filters));
      expect(await page.locator(".presenter-caption h2").textContent()).toBe(view.titles[0]);
    }
    expect(new URL(page.url()).searchParams.get("tour")).toBe("mine");
  });

  it("exports a slide as a PNG named by the tour and the slide's number", async () => {
    const { page } = app();
    await page.keyboard.press("Home");
    await waitForSlide(page, VIEWS[0]?.id ?? "");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "导出图片" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^jiaxing-map-\d{4}-\d{2}-\d{2}-my-tour-slide-1\.png$/);
  });
  it("says a file is not JSON, and that one with no slides is no tour; the tour playing stays", async () => {
    const { page } = app();
    const problems = page.locator(".presenter-problems");
    await page.getByRole("button", { name: "编辑导览" }).click();
    const input = page.locator(".presenter-editor input[type=file]");
    await input.setInputFiles(written("not-json", "{ slides: oops"));
    await expect.poll(() => problems.textContent()).toMatch(/not-json-\d+\.json: -: json: is not valid JSON/);
    await input.setInputFiles(written("no-slides", JSON.stringify({ version: 2, slides: [] })));
    await expect
      .poll(() => problems.textContent())
      .toMatch(/slides: is empty; the tour needs at least one slide/);
    expect(new URL(page.url()).searchParams.get("tour")).toBe("mine");
    expect((await presenterState(page)).slideId).toBe(VIEWS[0]?.id);
    expect(await page.getByRole("list", { name: "我的导览的页面" }).getByRole("listitem").count()).toBe(3);
  });

  it("lists a bad file's problems slide by slide and field, and plays its sound slides", async () => {
    const { page } = app();
    const problems = page.locator(".presenter-problems");
    const good = planTour.slides[0] as TourSlide;
    const bad = {
      version: 2,
      slides: [
        good,
        { ...good, id: "unknown", highlight: ["no-such-project"] },
        { ...good, id: "hub-only", filters: { pillars: ["hub", "sky"] } },
        { ...good, id: "far", camera: { bounds: [140, 30, 141, 31] } },
        { ...good, id: "invented", caption_zh: "建成世界一流机场。" },
        ...Array.from({ length: 10_000 }, (_, index) => ({ ...good, id: `copy-${index}` })),
      ],
    };
    await page
      .locator(".presenter-editor input[type=file]")
      .setInputFiles(written("bad-tour", JSON.stringify(bad)));
    await expect.poll(() => problems.textContent()).toMatch(/has 10005 slides; only the first 100 are read/);
    const text = (await problems.textContent()) ?? "";
    expect(text).toContain('slide unknown: highlight: "no-such-project" is not a project id');
    expect(text).toContain(
      'slide hub-only: filters.pillars: "sky" not one of hub, innovation, quality, openness',
    );
    expect(text).toContain("slide far: camera.bounds: [140,30,141,31] is outside the map's region");
    expect(text).toContain('slide invented: caption_zh: "建成世界一流机场。" is not in the plan text');
    // The sound slides play: the first, the one with an unknown id (dropped), the one with an unknown
    // filter value (played with the values it names that are real) and 95 copies.
    await page.getByRole("button", { name: "关闭" }).click();
    expect(await page.locator(".presenter-counter").textContent()).toBe("第 1 / 98 页");
    await page.keyboard.press("3");
    await waitForSlide(page, "hub-only");
    expect((await presenterState(page)).shownIds).toEqual(shownBy({ pillars: ["hub"] }));
    await page.getByRole("button", { name: "编辑导览" }).click();
    await page.getByLabel("规划导览", { exact: true }).check();
    await page.getByRole("button", { name: "关闭" }).click();
    expect(await page.locator(".presenter-counter").textContent()).toMatch(
      new RegExp(`^第 \\d / ${planTour.slides.length} 页$`),
    );
    expect(app().consoleErrors).toEqual([]);
    expect(app().outsideRequests).toEqual([]);
  });
});
