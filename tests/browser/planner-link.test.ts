// The planner's view as a link a planner can send: opening it restores the tab, N, the catchment drawn
// and the county selection; the CSV it exports has zone areas within their land and shares in percent;
// a measured line is labelled on the map; the table fits the panel on a laptop and a phone; the address
// follows the planner; and a broken link says what it ignored and applies the rest.
import type { Page } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { measureDistance } from "../../src/analysis/measure-distance";
import { formatKilometres } from "../../src/state/planner/planner-format";
import { closeBrowsers, downloadedBytes, sharedApp, visit } from "./support/app-page";

afterAll(closeBrowsers);

const LINK = "/?lang=en&tab=planner&distance=10&catchments=railway&select=330424";

// One page: the link on a laptop, then (resized to a phone) a broken link opened in the same page.
describe("a planner link", () => {
  const app = sharedApp(LINK);

  it("restores the view, exports citable figures and labels a measured line on the map", async () => {
    const { page, consoleErrors, outsideRequests } = app();
    // 1. The tab, N, the catchment and the selection, as linked.
    expect(await page.getByRole("tab", { name: "Planner" }).getAttribute("aria-selected")).toBe("true");
    expect(await page.getByLabel("Distance N (km)").inputValue()).toBe("10");
    expect(await page.getByRole("checkbox", { name: "Railways" }).isChecked()).toBe(true);
    expect(await page.getByRole("checkbox", { name: "Highways" }).isChecked()).toBe(false);
    expect(await page.getByLabel("Select by county").inputValue()).toBe("330424");
    await page.getByText(/projects inside or crossing Haiyan/).waitFor({ timeout: 30_000 });
    await expect.poll(() => catchmentLayersDrawn(page), { timeout: 60_000 }).toEqual(["railway"]);
    await page.locator(".coverage[aria-busy='false']").waitFor({ timeout: 60_000 });
    expect(await page.locator(".coverage-table caption").first().textContent()).toBe("Coverage by county");

    // 2. The tools come before the table, and the table fits the panel (its own region scrolls).
    const layout = await tableLayout(page);
    expect(layout.toolsTop).toBeLessThan(layout.tableTop);
    expect(layout.regionRight).toBeLessThanOrEqual(layout.sidebarRight + 0.5);
    expect(layout.lastHeaderVisibleAfterScroll).toBe(true);
    expect(layout.countyColumnStays).toBe(true);

    // 3. The CSV: named after N, columns in the table's order, zone areas within the land of their
    //    row, shares in percent.
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Export table (CSV)" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("jiaxing-coverage-10km.csv");
    const text = (await downloadedBytes(download)).toString("utf8").replace(/^\uFEFF/, "");
    const [header, ...records] = text.trimEnd().split("\r\n").map(splitCsv);
    if (!header) throw new Error("empty CSV");
    expect(header.slice(0, 8)).toEqual([
      "County",
      "Railway (km)",
      "Highway (km)",
      "Waterway (km)",
      "Platforms (km²)",
      "Designations (km²)",
      "Other zones (km²)",
      "Land (km²)",
    ]);
    const column = (name: string) => header.indexOf(name);
    const railShare = column("Land share within 10 km of railway (%)");
    expect(railShare).toBeGreaterThan(0);
    expect(records).toHaveLength(8);
    for (const record of records) {
      const land = Number(record[column("Land (km²)")]);
      expect(land).toBeGreaterThan(0);
      expect(Number(record[column("Platforms (km²)")])).toBeLessThanOrEqual(land);
      expect(Number(record[column("Other zones (km²)")])).toBeLessThanOrEqual(land);
      const share = Number(record[railShare]);
      expect(share).toBeGreaterThanOrEqual(0);
      expect(share).toBeLessThanOrEqual(100);
    }
    // Percent, not a fraction: the city's land within 10 km of rail is well over 1 %.
    expect(Number(records.at(-1)?.[railShare])).toBeGreaterThan(1);
    expect(records.at(-1)?.[0]).toBe("Whole city");

    // 4. Measure a line: the running figure is labelled at the last corner on the map, and in the panel.
    await page.getByRole("button", { name: "Measure distance" }).click();
    const box = await page.locator(".map-canvas canvas").boundingBox();
    if (!box) throw new Error("no canvas");
    const corners = [
      [box.x + box.width / 2 - 120, box.y + box.height / 2],
      [box.x + box.width / 2 + 80, box.y + box.height / 2 + 60],
    ] as const;
    for (const [x, y] of corners) {
      await page.mouse.click(x, y);
    }
    const positions = await page.evaluate(
      (points) => {
        const map = (document.querySelector(".map-canvas") as unknown as { maplibreMap: MapLike })
          .maplibreMap;
        return points.map((point) => {
          const position = map.unproject(point);
          return [position.lng, position.lat];
        });
      },
      corners.map(([x, y]): [number, number] => [x - box.x, y - box.y]),
    );
    const length = measureDistance({ type: "LineString", coordinates: positions });
    if (!length.ok) throw new Error(length.message_en);
    const expected = `${formatKilometres("en", length.value)} km`;
    await expect.poll(() => mapLabels(page), { timeout: 60_000 }).toEqual([expected]);
    await page.getByRole("button", { name: "Finish" }).click();
    await expect.poll(() => page.locator(".planner-figure").textContent()).toBe(`Path length: ${expected}`);
    await expect.poll(() => mapLabels(page), { timeout: 60_000 }).toEqual([expected]);

    // 5. The address follows the planner; an invalid N shows its reason and the link keeps the last
    //    valid one.
    await page.getByLabel("Distance N (km)").fill("7.5");
    await expect.poll(() => new URL(page.url()).searchParams.get("distance")).toBe("7.5");
    await page.getByRole("checkbox", { name: "Highways" }).check();
    await expect.poll(() => new URL(page.url()).searchParams.get("catchments")).toBe("railway,highway");
    await page.getByLabel("Distance N (km)").fill("1e9");
    await expect
      .poll(() => page.locator("#planner-distance-error").textContent())
      .toContain("The distance may be at most 50 km");
    expect(await page.locator(".coverage-table").count()).toBe(0);
    expect(new URL(page.url()).searchParams.get("distance")).toBe("7.5");
    await page.getByLabel("Select by county").selectOption("330481");
    await expect.poll(() => new URL(page.url()).searchParams.get("select")).toBe("330481");

    expect(consoleErrors).toEqual([]);
    expect(outsideRequests).toEqual([]);
  });

  it("on a phone: a broken link says what it ignored, applies the rest, and the table fits", async () => {
    const { page, consoleErrors } = app();
    await page.setViewportSize({ width: 390, height: 844 });
    await visit(app(), "/?lang=en&tab=planner&distance=-1&catchments=rocket&select=999999");
    const notice = page.locator(".notice").filter({ hasText: "distance" }).first();
    await notice.waitFor({ timeout: 30_000 });
    const text = (await page.locator(".notice-list").textContent()) ?? "";
    for (const parameter of ["distance", "catchments", "select"]) expect(text).toContain(parameter);
    // The rest applies: the planner tab, the default N and catchment, no selection.
    expect(await page.getByRole("tab", { name: "Planner" }).getAttribute("aria-selected")).toBe("true");
    expect(await page.getByLabel("Distance N (km)").inputValue()).toBe("5");
    expect(await page.getByRole("checkbox", { name: "Railways" }).isChecked()).toBe(true);
    expect(await page.getByLabel("Select by county").inputValue()).toBe("");
    await page.locator(".coverage[aria-busy='false']").waitFor({ timeout: 60_000 });
    const layout = await tableLayout(page);
    expect(layout.regionRight).toBeLessThanOrEqual(layout.sidebarRight + 0.5);
    expect(layout.sidebarRight).toBeLessThanOrEqual(390);
    expect(layout.lastHeaderVisibleAfterScroll).toBe(true);
    expect(layout.countyColumnStays).toBe(true);
    expect(consoleErrors).toEqual([]);
  });
});

// Where the table sits and whether every column can be read: the region stays inside the sidebar, its
// last header comes into the region when scrolled, and the county column stays in view meanwhile.
async function tableLayout(page: Page) {
  return page.evaluate(() => {
    const region = document.querySelector(".coverage-scroll") as HTMLElement;
    const sidebar = document.querySelector(".sidebar") as HTMLElement;
    const tools = document.querySelector("[data-section='tools']") as HTMLElement;
    const headers = region.querySelectorAll("thead tr:last-child th");
    const last = headers[headers.length - 1] as HTMLElement;
    const county = region.querySelector("tbody th[scope='row']") as HTMLElement;
    region.scrollLeft = region.scrollWidth;
    const regionBox = region.getBoundingClientRect();
    const lastBox = last.getBoundingClientRect();
    const countyBox = county.getBoundingClientRect();
    const result = {
      toolsTop: tools.getBoundingClientRect().top,
      tableTop: regionBox.top,
      regionRight: regionBox.right,
      sidebarRight: sidebar.getBoundingClientRect().right,
      lastHeaderVisibleAfterScroll: lastBox.left >= regionBox.left && lastBox.right <= regionBox.right + 1,
      countyColumnStays: countyBox.left >= regionBox.left - 1 && countyBox.left <= regionBox.left + 2,
    };
    region.scrollLeft = 0;
    return result;
  });
}

async function catchmentLayersDrawn(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const map = (document.querySelector(".map-canvas") as unknown as { maplibreMap: MapLike }).maplibreMap;
    const features = map.queryRenderedFeatures(undefined, { layers: ["planner-catchment-fill"] });
    return [...new Set(features.map((feature) => String(feature.properties.layer)))].sort();
  });
}

async function mapLabels(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const map = (document.querySelector(".map-canvas") as unknown as { maplibreMap: MapLike }).maplibreMap;
    const features = map.queryRenderedFeatures(undefined, { layers: ["planner-area-label"] });
    return [...new Set(features.map((feature) => String(feature.properties.label)))];
  });
}

// RFC 4180 fields of one record (quotes doubled inside quoted fields).
function splitCsv(line: string): string[] {
  const fields: string[] = [];
  let field = "";
  let quoted = false;
  for (let index = 0; index < line.length; index++) {
    const character = line[index];
    if (quoted && character === '"' && line[index + 1] === '"') {
      field += '"';
      index++;
    } else if (character === '"') quoted = !quoted;
    else if (character === "," && !quoted) {
      fields.push(field);
      field = "";
    } else field += character;
  }
  fields.push(field);
  return fields;
}

interface MapLike {
  unproject: (point: [number, number]) => { lng: number; lat: number };
  queryRenderedFeatures: (
    geometry: undefined,
    options: { layers: string[] },
  ) => { properties: Record<string, unknown> }[];
}
