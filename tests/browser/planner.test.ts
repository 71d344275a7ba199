// The planner's questions end to end: Haiyan's rail km and 5 km rail land share as the table shows
// them, checked against the analysis run here in Node on the same files; a refused N; the CSV export;
// a county selection; and an area drawn on the canvas.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { coverageTable } from "../../src/analysis/coverage-table";
import { measureArea } from "../../src/analysis/measure-area";
import { selectByArea } from "../../src/analysis/select-by-area";
import type { CountyCollection } from "../../src/data/basemap-schema";
import { formatKilometres, formatShare } from "../../src/state/planner/planner-format";
import { closeBrowsers, downloadedBytes, sharedApp } from "./support/app-page";
import { shippedProjects } from "./support/project-data";

afterAll(closeBrowsers);

const HAIYAN = "330424";
const projects = shippedProjects();
const counties = JSON.parse(
  readFileSync(resolve(import.meta.dirname, "../../data/basemap/counties.geojson"), "utf8"),
) as CountyCollection;

// One page: first the tab opened on the table prepared at start-up, then the questions asked of it.
// (Playwright clicks carry a click count of 1, so corners clicked in a row are never a double-click.)
describe("planner tools", () => {
  const app = sharedApp("/");

  it("opens on a table prepared while the reader looked at the map: no wait, no second calculation", async () => {
    const { page, consoleErrors } = app();
    // The table of the view is worked out at a settled moment after start-up (when-settled.ts).
    await page.waitForFunction(() => performance.getEntriesByName("planner:prepared").length > 0, undefined, {
      timeout: 60_000,
    });
    // Click and look two frames later, inside the page: the table is there and nothing is computing.
    const shown = await page.evaluate(
      () =>
        new Promise<{ rows: number; status: string; busy: string | null }>((done) => {
          document.querySelector<HTMLElement>("#sidebar-tab-planner")?.click();
          requestAnimationFrame(() =>
            requestAnimationFrame(() =>
              done({
                rows: document.querySelectorAll(".coverage-table:not(.zone-table) tbody tr").length,
                status: document.querySelector(".planner-status")?.textContent ?? "",
                busy: document.querySelector(".coverage")?.getAttribute("aria-busy") ?? null,
              }),
            ),
          );
        }),
    );
    expect(shown).toEqual({ rows: 7, status: "", busy: "false" }); // seven counties; the city in the foot
    // The Haiyan row is the one Node works out for the same view.
    const expected = coverageTable(projects, counties, 5);
    if (!expected.ok) throw new Error(expected.message_en);
    const haiyan = expected.value.rows.find((row) => row.adcode === HAIYAN);
    const railKm = page.locator(`tr[data-adcode="${HAIYAN}"] [data-column="railwayKilometres"]`);
    expect(await railKm.textContent()).toBe(formatKilometres("zh", haiyan?.railwayKilometres ?? Number.NaN));
    // No second table is worked out for the same view: the catchments are asked for only once the
    // table is on screen, so by the time they are drawn a second table would have been asked for and
    // shown; the answer shown is still the prepared one.
    const roundTrip = () => page.locator(".planner-status").getAttribute("data-milliseconds");
    const prepared = await roundTrip();
    await expect.poll(() => renderedCount(page, "planner-catchment-fill")).toBeGreaterThan(0);
    await page.locator(".coverage[aria-busy='false']").waitFor();
    expect(await roundTrip()).toBe(prepared);
    expect(consoleErrors).toEqual([]);
  });

  it("answers Haiyan's rail questions, refuses N = 0, exports CSV, selects and measures", async () => {
    const { page, consoleErrors } = app(); // the tab is open already: the step before opened it
    const tab = page.getByRole("tab", { name: "规划分析" });
    await tab.click();
    expect(await tab.getAttribute("aria-selected")).toBe("true");
    expect(await page.getByRole("tablist").getByRole("tab").count()).toBe(4); // projects, planner, plan text, your layers

    // 1. The table, against coverageTable in Node.
    const table = page.getByRole("table", { name: "各区县覆盖" });
    await table.waitFor({ timeout: 30_000 });
    await page.locator(".coverage[aria-busy='false']").waitFor({ timeout: 30_000 });
    const expected = coverageTable(projects, counties, 5);
    if (!expected.ok) throw new Error(expected.message_en);
    const haiyan = expected.value.rows.find((row) => row.adcode === HAIYAN);
    if (!haiyan) throw new Error("no Haiyan row");
    const row = table.locator(`tr[data-adcode="${HAIYAN}"]`);
    expect(await row.locator("th").textContent()).toContain("海盐县");
    const railKm = await row.locator('[data-column="railwayKilometres"]').textContent();
    const railShare = await row.locator('[data-column="landShareNearRailway"]').textContent();
    expect(railKm).toBe(formatKilometres("zh", haiyan.railwayKilometres));
    expect(railShare).toBe(formatShare("zh", haiyan.landShareNearRailway));
    expect(haiyan.railwayKilometres).toBeGreaterThan(0);
    // The 5 km rail catchment is drawn on the map from the overlay source.
    await expect.poll(() => renderedCount(page, "planner-catchment-fill")).toBeGreaterThan(0);
    const roundTrip = await page.locator(".planner-status").getAttribute("data-milliseconds");
    console.info(`coverage table round trip in the worker: ${roundTrip} ms (first table)`);

    // 2. CSV export: UTF-8 with BOM, Chinese headers, named after N.
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "导出表格（CSV）" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("jiaxing-coverage-5km.csv");
    const bytes = await downloadedBytes(download);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const header = bytes.subarray(3).toString("utf8").split("\r\n")[0] ?? "";
    // The table's order: the county, then km of railway first (the counts come after the measures).
    expect(header.split(",").slice(0, 2)).toEqual(["区县", "铁路长度（公里）"]);
    expect(header).toContain("距铁路 5 公里内土地占比");

    // 3. N = 0: the reason, and no table.
    const distance = page.getByLabel("距离 N（公里）");
    await distance.fill("0");
    await expect.poll(() => page.getByRole("alert").first().textContent()).toBe("距离须大于 0 公里。");
    expect(await page.locator(".coverage-table").count()).toBe(0);
    await distance.fill("5");

    // 4. Select by county = selectByArea on that county.
    await page.getByLabel("按区县选项目").selectOption(HAIYAN);
    const county = counties.features.find((feature) => feature.properties.adcode === HAIYAN);
    const selected = selectByArea(county, projects);
    if (!selected.ok) throw new Error(selected.message_en);
    const listed = page.locator("[data-project-id-selected]");
    await expect.poll(() => listed.count()).toBe(selected.value.length);
    expect(await listed.evaluateAll((nodes) => nodes.map((node) => node.dataset.projectIdSelected))).toEqual(
      selected.value.map((item) => item.project.properties.id),
    );

    expect(await seriousViolations(page)).toEqual([]);

    // 5. Draw a small triangle on the canvas; the area shown is measureArea of its corners.
    await page.getByRole("button", { name: "量面积" }).click();
    await page.getByText("在地图上点击添加区域的顶点").waitFor();
    const box = await page.locator(".map-canvas canvas").boundingBox();
    if (!box) throw new Error("no canvas");
    const corners = [
      [box.x + box.width / 2 - 60, box.y + box.height / 2 - 40],
      [box.x + box.width / 2 + 60, box.y + box.height / 2 - 40],
      [box.x + box.width / 2, box.y + box.height / 2 + 50],
    ] as const;
    for (const [x, y] of corners) {
      await page.mouse.click(x, y);
    }
    await expect.poll(() => page.locator(".planner-draw-count").textContent()).toBe("已添加 3 个点");
    // Canvas pixels (relative to the canvas) → longitude, latitude, as the map itself reads the clicks.
    const pixels = corners.map(([x, y]): [number, number] => [x - box.x, y - box.y]);
    const positions = await page.evaluate((points) => {
      const map = (document.querySelector(".map-canvas") as unknown as { maplibreMap: MapLike }).maplibreMap;
      return points.map((point) => {
        const position = map.unproject(point);
        return [position.lng, position.lat];
      });
    }, pixels);
    await page.getByRole("button", { name: "完成" }).click();
    const area = measureArea({ type: "Polygon", coordinates: [[...positions, positions[0]]] });
    if (!area.ok) throw new Error(area.message_en);
    await expect
      .poll(() => page.locator(".planner-figure").textContent())
      .toBe(`区域面积：${formatKilometres("zh", area.value)} 平方公里`);

    // 6. Two corners are no area: the reason, and no number.
    await page.getByRole("button", { name: "量面积" }).click();
    for (const [x, y] of corners.slice(0, 2)) {
      await page.mouse.click(x, y);
    }
    await page.getByRole("button", { name: "完成" }).click();
    await expect
      .poll(() => page.locator(".planner-result .planner-error").textContent())
      .toBe("区域至少需要三个不同的顶点，且面积不能为零。");
    expect(await page.locator(".planner-figure").count()).toBe(0);
    expect(consoleErrors).toEqual([]);
  });
});

// axe on the planner tab (tabs, table, form, selection list): no serious or critical violation.
async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: createRequire(import.meta.url).resolve("axe-core/axe.min.js") });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: unknown) => Promise<AxeResult> } }).axe;
    const result = await axe.run(document);
    return result.violations
      .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
      .map(
        (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
      );
  });
}

interface AxeResult {
  violations: { id: string; impact: string; nodes: { target: string[] }[] }[];
}

async function renderedCount(page: Page, layer: string): Promise<number> {
  return page.evaluate((id) => {
    const map = (document.querySelector(".map-canvas") as unknown as { maplibreMap: MapLike }).maplibreMap;
    return map.queryRenderedFeatures(undefined, { layers: [id] }).length;
  }, layer);
}

interface MapLike {
  unproject: (point: [number, number]) => { lng: number; lat: number };
  queryRenderedFeatures: (geometry: undefined, options: { layers: string[] }) => unknown[];
}
