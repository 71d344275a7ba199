// Issue 17, "Done when": a planner's own files imported in the production build — a CSV with two bad
// rows, a GBK CSV, a GCJ-02 CSV, a KML and a zipped Shapefile — drawn on the map, found by the header
// search, still there after a reload, checked against the plan in the planner tab and exported; no
// request leaves the origin.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { distance as turfDistance } from "@turf/turf";
import gcoord from "gcoord";
import type { FeatureCollection } from "geojson";
import type { Map as MapLibreMap } from "maplibre-gl";
import { afterAll, describe, expect, it } from "vitest";
import { userLayerCoverage } from "../../src/analysis/user-layer-coverage";
import type { CountyCollection } from "../../src/data/basemap-schema";
import { makePointShapefile } from "../support/make-shapefile";
import { makeZip } from "../support/make-zip";
import { closeBrowsers, downloadedBytes, openApp, waitForRender } from "./support/app-page";
import { shippedProjects } from "./support/project-data";
import { type ServedBuild, serveBuild } from "./support/serve-build";
import { importFile, mapData, renderedUserFeatures, storedData } from "./support/user-layer-queries";

afterAll(closeBrowsers);

const README = readFileSync(resolve(import.meta.dirname, "../../README.md"), "utf8");
const POLICY = /add_header Content-Security-Policy "([^"]+)"/.exec(README)?.[1] ?? "";

const counties = JSON.parse(
  readFileSync(resolve(import.meta.dirname, "../../data/basemap/counties.geojson"), "utf8"),
) as CountyCollection;

// Schools: 嘉兴南站 sits on the high-speed railway; the others spread over the city. Two rows are bad.
const SCHOOLS = [
  ["嘉兴南站学校", 120.7615, 30.6936],
  ["秀洲学校", 120.65, 30.8],
  ["海宁学校", 120.6, 30.45],
  ["平湖学校", 121.1, 30.72],
  ["嘉善学校", 120.95, 30.88],
] as const;
const HOSTILE = '<img src=x onerror="window.injected=1"><b>粗体</b>';
const schoolsCsv = [
  "名称,经度,纬度,备注",
  ...SCHOOLS.slice(0, 3).map(([name, x, y]) => `${name},${x},${y},"${HOSTILE.replaceAll('"', '""')}"`),
  "坏行,abc,30.7,x", // row 5
  ...SCHOOLS.slice(3).map(([name, x, y]) => `${name},${x},${y},"${HOSTILE.replaceAll('"', '""')}"`),
  "越界,999,30.7,x", // row 8
].join("\r\n");

// 名称,经度,纬度 / 南湖,120.76,30.75 in GBK, as Excel on Chinese Windows saves it.
const gbk = (hex: string) => Buffer.from(hex, "hex");
const gbkCsv = Buffer.concat([
  gbk("c3fbb3c6"),
  Buffer.from(","),
  gbk("beadb6c8"),
  Buffer.from(","),
  gbk("ceb3b6c8"),
  Buffer.from("\r\n"),
  gbk("c4cfbafe"),
  Buffer.from(",120.76,30.75\r\n"),
]);

// A known WGS84 position (the South Lake), written as Amap (GCJ-02) would give it.
const KNOWN_WGS84: [number, number] = [120.7631, 30.7526];
const [gcjLongitude, gcjLatitude] = gcoord.transform(KNOWN_WGS84, gcoord.WGS84, gcoord.GCJ02) as [
  number,
  number,
];
const gcjCsv = `name,lng,lat\nSouth Lake,${gcjLongitude.toFixed(7)},${gcjLatitude.toFixed(7)}\n`;

const kml = `<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2"><Document>
<Placemark><name>规划走廊</name><LineString><coordinates>120.70,30.70 120.80,30.76 120.90,30.80</coordinates></LineString></Placemark>
<Placemark><name>公园</name><Point><coordinates>120.74,30.74</coordinates></Point></Placemark>
</Document></kml>`;

const shapefileZip = Buffer.from(
  makeZip(
    makePointShapefile([
      { longitude: 120.66, latitude: 30.52, name: "HAINING PARK" },
      { longitude: 121.02, latitude: 30.7, name: "PINGHU PARK" },
    ]),
  ),
);

let served: ServedBuild | undefined;
afterAll(async () => {
  await served?.close();
});

// Under the README's Content-Security-Policy, so the import worker, storage and exports are shown to
// work as a strict deployment serves them.
describe("your layers", () => {
  it("imports five kinds of file, keeps them across a reload, checks them against the plan and exports", async () => {
    expect(POLICY).toContain("default-src 'self'");
    served = await serveBuild("dist", { "Content-Security-Policy": POLICY });
    const app = await openApp("/?tab=layers", {
      baseUrl: served.baseUrl,
      beforeNavigate: (opened) =>
        opened.addInitScript(() => {
          const violations: string[] = [];
          Object.assign(window, { cspViolations: violations });
          document.addEventListener("securitypolicyviolation", (event) =>
            violations.push(`${event.violatedDirective} ${event.blockedURI}`),
          );
        }),
    });
    const { page } = app;
    await expect(page.getByText("图层只保存在本设备的浏览器中")).toBeDefined();
    await page.locator(".user-layers-privacy").waitFor();

    // 1. A CSV with two bad rows: each named by its spreadsheet row, the good rows drawn.
    const report = await importFile(page, "学校.csv", Buffer.from(schoolsCsv));
    expect(await report.locator("[role='status']").textContent()).toBe("“学校.csv”：导入 5 个，共 7 个。");
    const problems = await report.locator(".import-problems li").allTextContents();
    expect(problems).toEqual(["第 5 行：经度“abc”不是数字", "第 8 行：经度 999 超出 −180…180"]);
    expect((await mapData(page, "学校")).features).toHaveLength(5);
    await waitForRender(page);
    await expect.poll(() => renderedUserFeatures(page), { timeout: 30_000 }).toBeGreaterThanOrEqual(5);

    // 2. GBK, detected and decoded.
    const gbkReport = await importFile(page, "gbk.csv", gbkCsv);
    expect(await gbkReport.textContent()).toContain("已按 GBK 读取");
    const gbkData = await storedData(page, "gbk");
    expect(gbkData.features[0]?.properties).toEqual({ 名称: "南湖" });

    // 3. GCJ-02, converted: the known point lands within 10 m of its WGS84 position.
    await importFile(page, "amap.csv", Buffer.from(gcjCsv), "GCJ-02");
    const [converted] = (await mapData(page, "amap")).features;
    const position = converted?.geometry.type === "Point" ? converted.geometry.coordinates : [0, 0];
    const metres = turfDistance(position, KNOWN_WGS84, { units: "kilometers" }) * 1000;
    expect(metres).toBeLessThan(10);
    // Unconverted, the offset would have been hundreds of metres: the check can fail.
    expect(
      turfDistance([gcjLongitude, gcjLatitude], KNOWN_WGS84, { units: "kilometers" }) * 1000,
    ).toBeGreaterThan(100);

    // 4. KML and 5. a zipped Shapefile.
    const kmlReport = await importFile(page, "走廊.kml", Buffer.from(kml));
    expect(await kmlReport.textContent()).toContain("导入 2 个，共 2 个");
    const shpReport = await importFile(page, "parks.zip", shapefileZip);
    expect(await shpReport.textContent()).toContain("导入 2 个，共 2 个");
    expect((await mapData(page, "parks")).features).toHaveLength(2);
    expect((await storedData(page, "parks")).features.map((feature) => feature.properties?.NAME)).toEqual([
      "HAINING PARK",
      "PINGHU PARK",
    ]);

    // A click on a user's point opens its properties as text: the markup shows, nothing is injected.
    await page.getByRole("button", { name: "定位" }).first().click();
    await waitForRender(page);
    // A school with no plan line or point under it and nothing of the page over it (the attribution).
    const target = await page.evaluate(
      (schools) => {
        const map = (document.querySelector(".map-canvas") as unknown as { maplibreMap: MapLibreMap })
          .maplibreMap;
        const canvas = map.getCanvas();
        const frame = canvas.getBoundingClientRect();
        for (const [name, longitude, latitude] of schools) {
          const { x, y } = map.project([longitude, latitude]);
          const box: [[number, number], [number, number]] = [
            [x - 8, y - 8],
            [x + 8, y + 8],
          ];
          const projects = map.queryRenderedFeatures(box, {
            layers: ["project-line", "project-point", "project-zone-outline"],
          });
          const covered = document.elementFromPoint(frame.left + x, frame.top + y) !== canvas;
          if (projects.length === 0 && !covered) return { name, x: frame.left + x, y: frame.top + y };
        }
        return null;
      },
      SCHOOLS as unknown as [string, number, number][],
    );
    if (!target) throw new Error("every school lies under a plan project or the page's controls");
    await page.mouse.click(target.x, target.y);
    const details = page.locator(".user-feature-panel");
    await details.waitFor({ timeout: 30_000 });
    expect(await details.locator("h2").textContent()).toBe(target.name);
    expect(await details.textContent()).toContain(HOSTILE);
    expect(await details.locator("img, b").count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { injected?: number }).injected)).toBeUndefined();
    await details.getByRole("button", { name: "关闭" }).click();

    // The header search finds the planner's own features too, in a group of their own, hidden layers
    // included: picking one shows its layer again, opens its details and frames it.
    const schoolsSwitch = page.locator('.user-layer[data-layer-name="学校"] input[type="checkbox"]');
    await schoolsSwitch.uncheck();
    await page.evaluate(() => {
      const map = (document.querySelector(".map-canvas") as unknown as { maplibreMap: MapLibreMap })
        .maplibreMap;
      map.jumpTo({ center: [121.1, 30.45], zoom: 13 }); // far from the school: the frame must move
    });
    const box = page.getByRole("combobox", { name: "搜索" });
    await box.fill("秀洲学");
    const found = page.getByRole("group", { name: "我的图层" }).getByRole("option", { name: /秀洲学校/ });
    await found.waitFor({ timeout: 30_000 });
    expect(await found.textContent()).toContain("图层“学校”");
    expect(await found.locator("mark").textContent()).toBe("秀洲学");
    // The arrow keys walk to it as to any other option.
    const foundId = await found.getAttribute("id");
    for (let step = 0; step < 60 && (await box.getAttribute("aria-activedescendant")) !== foundId; step++)
      await page.keyboard.press("ArrowDown");
    expect(await box.getAttribute("aria-activedescendant")).toBe(foundId);
    await page.keyboard.press("Enter");
    const picked = page.locator(".user-feature-panel");
    await picked.waitFor({ timeout: 30_000 });
    expect(await picked.locator("h2").textContent()).toBe("秀洲学校");
    expect(await picked.textContent()).toContain(HOSTILE);
    expect(await picked.locator("img, b").count()).toBe(0);
    expect(await schoolsSwitch.isChecked()).toBe(true);
    expect(await box.inputValue()).toBe("");
    await expect
      .poll(
        () =>
          page.evaluate(() => {
            const map = (document.querySelector(".map-canvas") as unknown as { maplibreMap: MapLibreMap })
              .maplibreMap;
            return !map.isMoving() && map.getBounds().contains([120.65, 30.8]);
          }),
        { timeout: 30_000 },
      )
      .toBe(true);
    await picked.getByRole("button", { name: "关闭" }).click();
    // Back to every school: the reload below keeps the view and counts the drawn schools in it.
    await page.getByRole("button", { name: "定位" }).first().click();
    await waitForRender(page);

    // Reload: all five layers are still there, from this browser's storage.
    await page.reload();
    await page.locator(".user-layer").nth(4).waitFor({ timeout: 90_000 });
    const names = await page
      .locator(".user-layer")
      .evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset.layerName));
    expect(names).toEqual(["学校", "gbk", "amap", "走廊", "parks"]);
    await expect.poll(() => renderedUserFeatures(page), { timeout: 60_000 }).toBeGreaterThanOrEqual(5);

    // Export the schools layer as cleaned GeoJSON.
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page
        .locator('.user-layer[data-layer-name="学校"]')
        .getByRole("button", { name: "导出 GeoJSON" })
        .click(),
    ]);
    expect(download.suggestedFilename()).toBe("学校.geojson");
    const exported = JSON.parse((await downloadedBytes(download)).toString("utf8")) as FeatureCollection;
    expect(exported.type).toBe("FeatureCollection");
    expect(exported.features.map((feature) => feature.properties?.名称)).toEqual(
      SCHOOLS.map(([name]) => name),
    );

    // The planner counts the schools within N = 5 km of rail, per county, as userLayerCoverage does.
    await page.getByRole("tab", { name: "规划分析" }).click();
    const section = page.locator(".user-layers-planner");
    await section.locator("table").waitFor({ timeout: 90_000 });
    await page.locator(".user-layers-planner[aria-busy='false']").waitFor({ timeout: 60_000 });
    const schools = exported.features;
    const expected = userLayerCoverage(schools, shippedProjects(), counties, 5);
    if (!expected.ok) throw new Error(expected.message_en);
    const city = expected.value.counties.at(-1);
    expect(city?.pointsNearRailway).toBeGreaterThan(0);
    expect(city?.pointsNearRailway).toBeLessThan(SCHOOLS.length);
    const cityRow = section.locator('tr[data-adcode="city"]');
    expect(await cityRow.locator('[data-column="pointsNearRailway"]').textContent()).toBe(
      String(city?.pointsNearRailway),
    );
    expect(await cityRow.locator('[data-column="points"]').textContent()).toBe(String(SCHOOLS.length));
    const nearList = await section.locator(".user-layers-near-list li").allTextContents();
    expect(nearList.some((item) => item.startsWith("嘉兴南站学校"))).toBe(true);
    // The feature table's CSV is headed by the layer's own name column.
    const [tableDownload] = await Promise.all([
      page.waitForEvent("download"),
      section.getByRole("button", { name: "导出要素表（CSV）" }).click(),
    ]);
    const csv = (await downloadedBytes(tableDownload)).toString("utf8");
    expect(csv.split("\r\n")[0]).toContain("名称");
    expect(csv).toContain("嘉兴南站学校");

    // Remove all clears this device's copy: after a reload, none is left.
    await page.getByRole("tab", { name: "我的图层" }).click();
    page.once("dialog", (dialog) => void dialog.accept());
    await page.getByRole("button", { name: "全部移除" }).click();
    // The list empties at once; the panel is busy until the removal is written.
    await expect.poll(() => page.locator(".user-layer").count()).toBe(0);
    await page.locator(".user-layers-panel[aria-busy='false']").waitFor();
    await page.reload();
    await page.locator(".user-layers-panel[aria-busy='false']").waitFor({ timeout: 90_000 });
    expect(await page.locator(".user-layer").count()).toBe(0);

    // Violations are collected per document: the last reload's document saw the page start again.
    expect(
      await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
    ).toEqual([]);
    expect(app.outsideRequests).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
    await app.close();
  });
});
