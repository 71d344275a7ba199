// Nothing hidden (issue 28), as a new visitor meets it: a project picked under a filter that hides it is
// explained and shown in one click; the active filters sit on top as chips; the planner says what it
// counts, also in its file's name; search by words puts the right project first; the results lead after a
// pick, on a desk and a phone; designations are not platforms; the overlays give way.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { closeBrowsers, sharedApp, waitForMapIdle, waitForRender } from "./support/app-page";
import { mapCamera, renderedProjectIds } from "./support/map-queries";
import { shippedProjects } from "./support/project-data";
import { elementBox, overlaps, positionsOf, screenBoxOf } from "./support/screen-box";

afterAll(closeBrowsers);
const projects = shippedProjects();
const byName = (name: string) => projects.find((feature) => feature.properties.name_zh === name);
const AIRPORT = byName("嘉兴军民合用机场");
const HAINING = "330481";
const hainingOutline = (
  JSON.parse(readFileSync(resolve(import.meta.dirname, "../../data/basemap/counties.geojson"), "utf8")) as {
    features: { properties: { adcode: string }; geometry: unknown }[];
  }
).features.find((county) => county.properties.adcode === HAINING)?.geometry;

const search = (page: Page) => page.getByRole("combobox", { name: "搜索" });
const summary = (page: Page) => page.locator(".result-summary").textContent();
const inView = async (page: Page, selector: string, height: number) => {
  const box = await elementBox(page, selector);
  return box !== null && box.top >= 0 && box.bottom <= height;
};
const number = (text: string | null) => Number((text ?? "").replace(/,/g, ""));

describe("nothing hidden, on a desk", () => {
  // Not held until the map is idle: the chips and the search come first, while the map loads.
  const app = sharedApp(`/?county=${HAINING}`, { waitForIdle: false });

  it("says the 海宁 filter hides the airport picked in the search, and shows it in one click", async () => {
    const { page } = app();
    // The filter from the link is a chip on top, with × and "clear all".
    const chips = page.getByRole("group", { name: "当前筛选" });
    await expect.poll(() => chips.textContent()).toContain("区县：海宁市");
    await search(page).fill("机场");
    const option = page.getByRole("option", { name: /^嘉兴军民合用机场/ });
    await option.waitFor();
    await waitForMapIdle(page);
    await option.click();
    await expect.poll(() => page.locator("#detail-heading").textContent()).toBe("嘉兴军民合用机场");
    expect(await summary(page)).toBe(`显示 0 / ${projects.length} 个项目`);
    // Said beside the count and in the details, naming the county filter.
    const notices = page.locator(".hidden-notice");
    await expect.poll(() => notices.count()).toBe(2);
    for (const text of await notices.allTextContents()) expect(text).toContain("区县：海宁市");
    const show = page.locator(".detail-panel").getByRole("button", { name: "显示它：区县加上南湖区" });
    const box = await show.boundingBox();
    expect(box && box.y + box.height).toBeLessThanOrEqual(800);
    await show.click();
    // Counted and drawn: every airport-layer project of 海宁 and 南湖 answers 机场 now.
    const expected = projects.filter(
      (feature) =>
        feature.properties.layer === "airport" &&
        feature.properties.counties.some((code) => code === HAINING || code === "330402"),
    );
    await expect.poll(() => summary(page)).toBe(`显示 ${expected.length} / ${projects.length} 个项目`);
    expect(await page.locator(`[data-project-id="${AIRPORT?.id}"]`).count()).toBe(1);
    await waitForRender(page);
    expect(await renderedProjectIds(page)).toContain(AIRPORT?.id);
    expect(await notices.count()).toBe(0);
    expect(await chips.textContent()).toContain("区县：南湖区、海宁市");
    // One chip's × lifts that filter alone; "clear all" the rest.
    await page.getByRole("button", { name: "取消搜索筛选" }).click();
    expect(await search(page).inputValue()).toBe("");
    await chips.getByRole("button", { name: "清除全部" }).click();
    await expect.poll(() => summary(page)).toBe(`显示 ${projects.length} / ${projects.length} 个项目`);
    expect(await chips.count()).toBe(0);
    await page.getByRole("button", { name: "关闭", exact: true }).click();
  });

  it("puts the right project first for queries of words, in any order", async () => {
    const { page } = app();
    const cases: [string, string][] = [
      ["airport Jiaxing", "嘉兴军民合用机场"],
      ["Jiaxing airport", "嘉兴军民合用机场"],
      ["Haining railway", "杭海城际铁路"],
      ["canal grand", "京杭运河嘉兴段"],
      ["jiaxing jichang", "嘉兴军民合用机场"],
    ];
    const first = page.getByRole("group", { name: "项目" }).getByRole("option").first();
    for (const [query, name] of cases) {
      await search(page).fill(query);
      await expect
        .poll(() => first.locator(".search-option-name").textContent(), { message: query })
        .toBe(name);
    }
    // Words that match nothing: said with the query, and the filters that are on.
    await search(page).fill("airport zzqq");
    await expect.poll(() => page.locator(".search-message").textContent()).toContain("“airport zzqq”");
    await expect.poll(() => page.locator(".empty-list").textContent()).toContain("搜索“airport zzqq”");
  });

  it("says in the planner what it counts under a search, in its file's name too, and counts all in one click", async () => {
    const { page } = app();
    await search(page).fill("dual-use");
    await expect.poll(() => summary(page)).toBe(`显示 1 / ${projects.length} 个项目`);
    await page.getByRole("tab", { name: "规划分析" }).click();
    const scope = page.locator(".planner-scope");
    await expect
      .poll(() => scope.textContent(), { timeout: 30_000 })
      .toContain(`统计 1 / ${projects.length} 个项目（按当前筛选与搜索）`);
    await page.locator(".coverage[aria-busy='false']").waitFor({ timeout: 60_000 });
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "导出表格（CSV）" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`jiaxing-coverage-5km-1-of-${projects.length}.csv`);
    await page.getByRole("button", { name: "统计全部项目" }).click();
    await expect.poll(() => scope.textContent()).toBe(`统计全部 ${projects.length} 个项目`);
    expect(await search(page).inputValue()).toBe("");
  });

  it("keeps designations out of the platform column: platforms stay below 90 % of the land in five counties", async () => {
    const { page } = app();
    await page.locator(".coverage[aria-busy='false']").waitFor({ timeout: 60_000 });
    const rows = page.locator(".coverage-table:not(.zone-table) tbody tr");
    const figures = await rows.evaluateAll((trs) =>
      trs.map((tr) => ({
        platform: tr.querySelector('[data-column="platformSquareKilometres"]')?.textContent ?? "",
        designation: tr.querySelector('[data-column="designationSquareKilometres"]')?.textContent ?? "",
        land: tr.querySelector('[data-column="landSquareKilometres"]')?.textContent ?? "",
      })),
    );
    expect(figures).toHaveLength(7);
    const below = figures.filter((row) => number(row.platform) < 0.9 * number(row.land));
    expect(below.length).toBeGreaterThanOrEqual(5);
    // The pilot zone covers the whole city: as a designation it is the land of every county.
    for (const row of figures) expect(number(row.designation)).toBeGreaterThan(0.9 * number(row.land));
    expect(await page.getByRole("columnheader", { name: "政策区" }).count()).toBe(1);
    // The catchments drawn have their own key in the map legend.
    // The catchments come from the planner's workers: on a loaded machine that can take a while.
    await expect
      .poll(() => page.locator(".map-legend").textContent(), { timeout: 60_000 })
      .toContain("5 公里范围");
    await page.getByRole("tab", { name: "项目" }).click();
  });

  it("frames a picked county clear of the legend, and lists its projects in view", async () => {
    const { page } = app();
    const before = await mapCamera(page);
    await search(page).fill("海宁");
    await page
      .locator("#search-listbox")
      .getByRole("option", { name: /^海宁市/ })
      .click();
    // Camera moves jump (reduced motion): the frame is where it lands, drawn or not yet.
    await expect.poll(async () => (await mapCamera(page)).zoom).not.toBeCloseTo(before.zoom, 2);
    expect(await inView(page, "[data-project-id]", 800)).toBe(true);
    const legend = await elementBox(page, ".map-legend");
    const framed = await screenBoxOf(page, positionsOf(hainingOutline));
    expect(legend).not.toBeNull();
    if (legend) expect(overlaps(legend, framed)).toBe(false);
    // Folded, the legend is one button.
    await page.locator(".map-legend > summary").click();
    expect((await elementBox(page, ".map-legend"))?.bottom ?? 0).toBeGreaterThan(0);
    expect(await page.locator(".map-legend-body").isVisible()).toBe(false);
  });

  it("close up: a dismissable note under the view switch, a click that never zooms out, the camera back on closing", async () => {
    const { page } = app();
    const railway = byName("杭海城际铁路");
    const [longitude, latitude] = positionsOf(railway?.geometry)[12] ?? [0, 0];
    await page.evaluate(
      ({ center }) =>
        (
          document.querySelector(".map-canvas") as unknown as {
            maplibreMap: { jumpTo: (camera: unknown) => void };
          }
        ).maplibreMap.jumpTo({ center, zoom: 12.5 }),
      { center: [longitude, latitude] },
    );
    await waitForRender(page);
    const note = page.locator(".close-up-note");
    await note.waitFor();
    const switchBox = await elementBox(page, ".progress-control");
    const noteBox = await elementBox(page, ".close-up-note");
    expect(switchBox && noteBox && overlaps(switchBox, noteBox)).toBe(false);
    await note.getByRole("button", { name: "隐藏此提示" }).click();
    expect(await note.count()).toBe(0);
    // A spot on the railway where it is the only project under a finger, where the details will open
    // over it: a click there picks it, keeps the zoom and brings the spot out from under the panel.
    const before = await mapCamera(page);
    const spot = await page.evaluate(
      ({ positions, id }) => {
        const canvas = document.querySelector(".map-canvas") as HTMLElement & {
          maplibreMap: {
            project: (lngLat: [number, number]) => { x: number; y: number };
            queryRenderedFeatures: (
              box: unknown,
              options: unknown,
            ) => { properties: { id?: string }; state?: Record<string, unknown> }[];
          };
        };
        const origin = canvas.getBoundingClientRect();
        for (const position of positions) {
          const { x, y } = canvas.maplibreMap.project(position);
          if (x < origin.width - 420 || y < 120 || x > origin.width - 100 || y > origin.height - 80) continue;
          const ids = new Set(
            canvas.maplibreMap
              .queryRenderedFeatures(
                [
                  [x - 8, y - 8],
                  [x + 8, y + 8],
                ],
                { layers: ["project-point", "project-line", "project-zone-outline"] },
              )
              .filter((feature) => feature.state?.hidden !== true) // hidden by a filter: not seen
              .map((feature) => feature.properties.id)
              .filter(Boolean),
          );
          if (ids.size === 1 && ids.has(id)) return { x: x + origin.left, y: y + origin.top, at: position };
        }
        return null;
      },
      { positions: positionsOf(railway?.geometry), id: railway?.id ?? "" },
    );
    if (!spot) throw new Error("no spot on the railway with it alone under a finger");
    await page.mouse.click(spot.x, spot.y);
    await expect.poll(() => page.locator("#detail-heading").textContent()).toBe("杭海城际铁路");
    const panel = await elementBox(page, ".detail-panel");
    // Camera moves jump (reduced motion): poll until the spot is out from under the panel.
    await expect.poll(async () => (await screenBoxOf(page, [spot.at])).right).toBeLessThan(panel?.left ?? 0);
    expect((await mapCamera(page)).zoom).toBeCloseTo(before.zoom, 3);
    await page.getByRole("button", { name: "关闭", exact: true }).click();
    await expect.poll(async () => (await mapCamera(page)).longitude).toBeCloseTo(before.longitude, 3);
    const after = await mapCamera(page);
    expect(after.zoom).toBeCloseTo(before.zoom, 3);
    expect(after.latitude).toBeCloseTo(before.latitude, 3);
  });

  it("says in the tooltip when a drawing is schematic", async () => {
    const { page } = app();
    const schematic = projects.find((feature) => feature.properties.precision === "schematic");
    await page.getByRole("button", { name: "清除全部", exact: true }).click();
    await page.locator(`[data-project-id="${schematic?.id}"]`).focus();
    await expect.poll(() => page.locator("[data-tooltip-id]").textContent()).toContain("示意走向");
  });

  it("on a phone, lists a picked county's projects in view, and the results of Enter", async () => {
    const { page } = app();
    // The same page at a phone's size: the layout follows the window (media queries), as on rotating.
    await page.setViewportSize({ width: 390, height: 844 });
    await search(page).fill("海宁");
    await page
      .locator("#search-listbox")
      .getByRole("option", { name: /^海宁市/ })
      .click();
    const haining = projects.filter((feature) => feature.properties.counties.includes(HAINING));
    await expect.poll(() => page.locator("[data-project-id]").count()).toBe(haining.length);
    await expect.poll(() => inView(page, "[data-project-id]", 844)).toBe(true);
    await page.getByRole("button", { name: "清除全部", exact: true }).click();
    await search(page).fill("canal grand");
    await search(page).press("Enter");
    await expect.poll(() => page.locator("[data-project-id]").count()).toBe(2);
    await expect.poll(() => inView(page, "[data-project-id]", 844)).toBe(true);
  });
});
