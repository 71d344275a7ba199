// "Then and now" end to end: a project's dated, sourced timeline in the details (links that open the
// source in a new tab, safely), a project with no record saying so, the map switched to "as of" with its
// own legend and the stage colours on the drawn lines, the year slider moving both, the link carrying
// view and year, and the planner's delivery counts equal to the record counted here in Node.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import type { ProgressRecord } from "../../src/data/progress-schema";
import { deliveryCounts, latestStage, PROGRESS_STAGES } from "../../src/filters/progress-at-date";
import { PROGRESS_COLOURS, STANDARD_THEME } from "../../src/layers/theme";
import { closeBrowsers, downloadedBytes, sharedApp, visit, waitForRender } from "./support/app-page";
import { shippedProjects } from "./support/project-data";

afterAll(closeBrowsers);

const record = JSON.parse(
  readFileSync(resolve(import.meta.dirname, "../../data/progress.json"), "utf8"),
) as ProgressRecord;
const projects = shippedProjects();
const RAILWAY = "hangzhou-haining-intercity-railway";
const NO_RECORD = "jiaxing-huzhou-railway";
const asOfZh = (() => {
  const [year, month, day] = record.as_of.split("-").map(Number);
  return `${year}年${month}月${day}日`;
})();

// The colour MapLibre evaluated for a project's drawn line, as #rrggbb.
async function lineColour(page: Page, id: string): Promise<string | null> {
  return page.evaluate((projectId) => {
    type Drawn = { properties: { id: string }; layer: { paint: Record<string, unknown> } };
    const map = (
      document.querySelector(".map-canvas") as unknown as {
        maplibreMap: { queryRenderedFeatures: (options: object) => Drawn[] };
      }
    ).maplibreMap;
    const drawn = map.queryRenderedFeatures({ layers: ["project-line"] });
    const colour = drawn.find((feature) => feature.properties.id === projectId)?.layer.paint["line-color"] as
      | { r: number; g: number; b: number }
      | undefined;
    if (!colour) return null;
    const hex = (value: number) =>
      Math.round(value * 255)
        .toString(16)
        .padStart(2, "0");
    return `#${hex(colour.r)}${hex(colour.g)}${hex(colour.b)}`;
  }, id);
}

describe("then and now", () => {
  // No service worker: the last step routes the progress record, which a worker would answer from its cache.
  const app = sharedApp(`/?project=${RAILWAY}`, { serviceWorkers: "block" });

  it("shows sourced timelines, the as-of map with its legend, and the delivery counts", async () => {
    const entries = record.entries.filter((entry) => entry.project === RAILWAY);
    expect(entries.length).toBeGreaterThan(0);
    const { page, consoleErrors, outsideRequests } = app();

    // 1. The details: the plan's 2020 ask, then each dated entry with its source as a safe new-tab link.
    const section = page.locator(".then-and-now");
    await section.getByRole("heading", { name: "当年与现在" }).waitFor({ timeout: 30_000 });
    await section.locator(".progress-timeline li").first().waitFor({ timeout: 30_000 });
    const items = section.locator(".progress-timeline li");
    expect(await items.count()).toBe(entries.length);
    for (const [index, entry] of entries.entries()) {
      const item = items.nth(index);
      expect(await item.locator("time").getAttribute("datetime")).toBe(entry.date);
      expect(await item.textContent()).toContain(entry.text_zh);
      const link = item.getByRole("link");
      expect(await link.getAttribute("href")).toBe(entry.source_url);
      expect(entry.source_url).toMatch(/^https?:\/\//);
      expect(await link.getAttribute("target")).toBe("_blank");
      expect((await link.getAttribute("rel"))?.split(" ")).toEqual(
        expect.arrayContaining(["noopener", "noreferrer"]),
      );
      expect(await link.textContent()).toContain(entry.source_title);
    }
    expect(await section.textContent()).toContain(`进展记录至${asOfZh}`);

    // 2. A project with no entry says so, with the date the record was checked to.
    expect(record.entries.some((entry) => entry.project === NO_RECORD)).toBe(false);
    await page.locator(`[data-project-id="${NO_RECORD}"]`).click();
    await expect
      .poll(() => page.locator(".then-and-now .then-none").textContent())
      .toBe(`截至${asOfZh}，未找到该项目进展的公开记录。`);

    // 3. The plan view: status colours, and no progress legend.
    await waitForRender(page);
    const status = projects.find((feature) => feature.properties.id === RAILWAY)?.properties.status;
    if (!status) throw new Error(`no ${RAILWAY} in the data`);
    expect(await lineColour(page, RAILWAY)).toBe(STANDARD_THEME.statusColours[status].toLowerCase());
    expect(await page.locator(".progress-legend").count()).toBe(0);
    // The map's own legend explains the 2020 status colours the lines wear.
    const mapLegend = page.locator(".map-legend");
    expect(await mapLegend.textContent()).toContain("2020年进度要求");

    // 4. "As of today": the legend of stages appears and the line takes its latest stage's colour.
    const today = Number(record.as_of.slice(0, 4));
    await page.getByRole("radio", { name: "截至今天" }).check();
    const legend = page.locator(".progress-legend");
    await legend.waitFor();
    expect(await legend.getAttribute("aria-label")).toBe(`${today}年底的最新阶段`);
    await waitForRender(page);
    const stageToday = latestStage(record.entries, RAILWAY, today);
    expect(stageToday).not.toBe("no-record");
    expect(await lineColour(page, RAILWAY)).toBe(PROGRESS_COLOURS[stageToday].toLowerCase());
    expect(await lineColour(page, RAILWAY)).not.toBe(STANDARD_THEME.statusColours[status].toLowerCase());
    const countsToday = deliveryCounts(projects, record.entries, today);
    expect(await legend.locator("[data-stage='no-record'] .progress-count").textContent()).toBe(
      String(countsToday.total["no-record"]),
    );
    expect(page.url()).toContain("view=progress");
    // The lines no longer wear status colours, so the map's legend keeps only how sure each drawing is.
    expect(await mapLegend.textContent()).not.toContain("2020年进度要求");
    expect(await mapLegend.textContent()).toContain("位置精度");

    // 5. Back to 2020: before the railway opened, it is drawn as "no record"; the link keeps the year.
    await page.locator(".progress-year input[type='range']").fill("2020");
    await expect.poll(() => legend.getAttribute("aria-label")).toBe("2020年底的最新阶段");
    await waitForRender(page);
    expect(latestStage(record.entries, RAILWAY, 2020)).toBe("no-record");
    expect(await lineColour(page, RAILWAY)).toBe(PROGRESS_COLOURS["no-record"].toLowerCase());
    await expect.poll(() => page.url()).toContain("year=2020");

    // 6. The planner's delivery counts for that year, equal to the record counted in Node.
    await page.getByRole("tab", { name: "规划分析" }).click();
    const table = page.locator(".delivery-table");
    await table.waitFor({ timeout: 30_000 });
    expect(await table.locator("caption").textContent()).toBe("2020年底各项目的最新阶段（项目数）");
    const expected = deliveryCounts(projects, record.entries, 2020);
    const allRow = table.locator("tr[data-row='all']");
    for (const stage of PROGRESS_STAGES) {
      const cell = allRow.locator(`td[data-stage='${stage}']`);
      if ((await cell.count()) === 0) {
        expect(expected.total[stage]).toBe(0); // suspended and cancelled appear only once reached
        continue;
      }
      expect(Number(await cell.textContent())).toBe(expected.total[stage]);
    }
    const haining = table.locator("tr[data-row='330481'] td[data-stage='no-record']");
    expect(Number(await haining.textContent())).toBe(expected.byCounty["330481"]["no-record"]);

    // 7. The CSV carries the same counts.
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "导出落实统计（CSV）" }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe("jiaxing-delivery-2020-zh.csv");
    const csv = (await downloadedBytes(file))
      .toString("utf8")
      .replace(/^\uFEFF/, "")
      .split("\r\n");
    const allLine = csv.find((line) => line.includes(",全部项目,"));
    expect(allLine).toBe(
      [
        "2020",
        "全部项目",
        "全部项目",
        projects.length,
        ...PROGRESS_STAGES.map((stage) => expected.total[stage]),
      ].join(","),
    );

    expect(outsideRequests).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  it("skips a bad entry with a notice and shows the rest", async () => {
    const good = record.entries.filter((entry) => entry.project === RAILWAY);
    const bad = [
      { ...good[0], project: "no-such-project" },
      { ...good[0], project: NO_RECORD, date: "2099-01-01" },
    ];
    const { page, consoleErrors } = app();
    await page.route("**/assets/progress-*.json", (route) =>
      route.fulfill({
        contentType: "application/json",
        body: JSON.stringify({ ...record, entries: [...record.entries, ...bad] }),
      }),
    );
    await visit(app(), `/?project=${RAILWAY}`, false);
    const notice = page.getByText("进展记录中有 2 处问题，相关条目未显示：");
    await notice.waitFor({ timeout: 60_000 });
    const details = await page.locator(".notice-list").textContent();
    expect(details).toContain(`entry ${record.entries.length + 1}`);
    expect(details).toContain(`entry ${record.entries.length + 2}`);
    // The good entries still show; the project named by a bad entry still says it has no record.
    await page.locator(".then-and-now .progress-timeline li").first().waitFor();
    expect(await page.locator(".then-and-now .progress-timeline li").count()).toBe(good.length);
    await page.locator(`[data-project-id="${NO_RECORD}"]`).click();
    await page.locator(".then-and-now .then-none").waitFor();
    expect(consoleErrors).toEqual([]);
  });
});
