// The public's first minute, on one page as a visitor would take it: chrome in the interface language, a
// legend that leads, a map that names what is under the pointer, search that suggests, details that keep
// the map's controls in view, the details as a sheet at a phone's size, and English throughout.
import { createRequire } from "node:module";
import type { Page } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { LAYER_NAMES, STATUS_NAMES } from "../../src/data/facets";
import { closeBrowsers, sharedApp, waitForRender } from "./support/app-page";
import { mapCamera } from "./support/map-queries";
import { shippedProjects } from "./support/project-data";
import { projectScreenBox } from "./support/screen-box";

afterAll(closeBrowsers);
const projects = shippedProjects();
const byName = (name: string) => projects.find((feature) => feature.properties.name_zh === name);

// The corners of the map's tooltip that something else covers (the tooltip lets the pointer through, so
// for this look only it takes the pointer).
function tooltipCornersCovered(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const tooltip = document.querySelector<HTMLElement>(".map-tooltip");
    if (!tooltip) return ["no tooltip"];
    const parts = [tooltip, ...tooltip.querySelectorAll<HTMLElement>("*")];
    for (const part of parts) part.style.pointerEvents = "auto";
    const box = tooltip.querySelector(".maplibregl-popup-content")?.getBoundingClientRect();
    const covered: string[] = [];
    if (box)
      for (const [x, y] of [
        [box.left + 4, box.top + 4],
        [box.right - 4, box.top + 4],
        [box.left + 4, box.bottom - 4],
        [box.right - 4, box.bottom - 4],
      ] as const) {
        const top = document.elementFromPoint(x, y);
        if (!top?.closest(".map-tooltip"))
          covered.push(`${Math.round(x)},${Math.round(y)}: ${top?.className}`);
      }
    for (const part of parts) part.style.pointerEvents = "";
    return covered;
  });
}
const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axePath });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: unknown) => Promise<AxeResult> } }).axe;
    const { violations } = await axe.run(document);
    return violations
      .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
      .map(
        (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`,
      );
  });
}
type AxeResult = { violations: { id: string; impact: string; nodes: { target: string[] }[] }[] };

const screenBox = (page: Page, id: string) =>
  projectScreenBox(
    page,
    projects.find((p) => p.id === id),
  );
interface MapLike {
  queryRenderedFeatures: (box: unknown, options: { layers: string[] }) => { properties: { id: string } }[];
}

const combobox = (page: Page, name = "搜索") => page.getByRole("combobox", { name });
const listedIds = (page: Page) =>
  page
    .locator("[data-project-id]")
    .evaluateAll((nodes) => nodes.map((node) => node.getAttribute("data-project-id")));

describe("the public's first minute, on a desk", () => {
  const app = sharedApp("/");

  it("chrome in Chinese, the status key in view, a skip link to the list", async () => {
    const { page } = app();
    // Chrome in Chinese: MapLibre's buttons, the folded attribution and its words.
    expect(await page.locator(".maplibregl-ctrl-zoom-in").getAttribute("aria-label")).toBe("放大");
    expect(await page.locator(".maplibregl-ctrl-zoom-out").getAttribute("aria-label")).toBe("缩小");
    expect(await page.locator(".maplibregl-ctrl-attrib.maplibregl-compact-show").count()).toBe(0);
    expect(await page.locator(".attribution-zh").first().textContent()).toBe("边界：");
    expect(await page.locator(".attribution-en").first().isVisible()).toBe(false);
    // The status key leads the legend, in view at 1280×800.
    const lastStatus = await page.getByRole("checkbox", { name: /已建运营/ }).boundingBox();
    expect(lastStatus && lastStatus.y + lastStatus.height).toBeLessThanOrEqual(800);
    // The skip link focuses the list without scrolling the page or adding #… to the link.
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("project-list");
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(page.url()).not.toContain("#");
  });

  it("hover and list focus show a tooltip; a click where lines cross near 南湖 opens a keyboard chooser; axe is content", async () => {
    const { page, consoleErrors } = app();
    // A tooltip beside the open legend is drawn above it, not cut by it (杭海城际铁路's, at 1280×800).
    const hanghai = byName("杭海城际铁路")?.id ?? "";
    await page.locator(`[data-project-id="${hanghai}"]`).focus();
    await page.locator(`[data-tooltip-id="${hanghai}"]`).waitFor();
    expect(await tooltipCornersCovered(page)).toEqual([]);
    await page.locator(".map-legend > summary").click(); // folds the map legend (open at start on a desk)
    expect(await page.locator(".map-legend").getAttribute("open")).toBeNull();
    const row = page.locator("[data-project-id]").first();
    await row.focus();
    await expect
      .poll(() => page.locator("[data-tooltip-id]").getAttribute("data-tooltip-id"))
      .toBe(await row.getAttribute("data-project-id"));
    await row.blur();

    // The busiest pickable spot nearest 南湖 (≥ 2 projects within the touch box).
    const nanhu = await screenBox(page, byName("高铁嘉兴南站扩容提升工程")?.id ?? "");
    const spot = await page.evaluate(
      ({ x, y }) => {
        const canvas = document.querySelector(".map-canvas") as HTMLElement & { maplibreMap: MapLike };
        const origin = canvas.getBoundingClientRect();
        let best = { x: 0, y: 0, count: 0, distance: Infinity };
        // A 10 px grid over ±80 px: fine enough to find where lines cross, and a few hundred queries only.
        for (let dx = -80; dx <= 80; dx += 10) {
          for (let dy = -80; dy <= 80; dy += 10) {
            const point = { x: x + dx - origin.left, y: y + dy - origin.top };
            if (document.elementFromPoint(point.x + origin.left, point.y + origin.top)?.tagName !== "CANVAS")
              continue;
            const box = [
              [point.x - 6, point.y - 6],
              [point.x + 6, point.y + 6],
            ];
            const ids = new Set(
              canvas.maplibreMap
                .queryRenderedFeatures(box, {
                  layers: ["project-point", "project-line", "project-zone-outline"],
                })
                .map((feature) => feature.properties.id),
            );
            const distance = Math.hypot(dx, dy);
            if (ids.size > best.count || (ids.size === best.count && distance < best.distance)) {
              best = { x: point.x + origin.left, y: point.y + origin.top, count: ids.size, distance };
            }
          }
        }
        return best;
      },
      { x: (nanhu.left + nanhu.right) / 2, y: (nanhu.top + nanhu.bottom) / 2 },
    );
    expect(spot.count).toBeGreaterThanOrEqual(2);

    await page.mouse.move(spot.x, spot.y);
    const tooltip = page.locator("[data-tooltip-id]");
    await tooltip.waitFor();
    const hoveredId = await tooltip.getAttribute("data-tooltip-id");
    const hovered = projects.find((feature) => feature.id === hoveredId);
    const words = await tooltip.textContent();
    expect(words).toContain(hovered?.properties.name_zh);
    expect(words).toContain(LAYER_NAMES[hovered?.properties.layer ?? "railway"].zh);
    expect(words).toContain(STATUS_NAMES[hovered?.properties.status ?? "planning"].zh);

    await page.mouse.click(spot.x, spot.y);
    const chooser = page.getByRole("dialog", { name: /此处有/ });
    await chooser.waitFor();
    const choices = chooser.getByRole("button");
    // Sub-pixel differences at the touch box's edge may change the count by one; every choice is a project.
    expect(await choices.count()).toBeGreaterThanOrEqual(2);
    expect(Math.abs((await choices.count()) - spot.count)).toBeLessThanOrEqual(1);
    expect(await page.evaluate(() => document.activeElement?.classList.contains("chooser-item"))).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press("Tab");
    const chosen = await page.evaluate(
      () => document.activeElement?.querySelector(".chooser-name")?.textContent,
    );
    await page.keyboard.press("Enter");
    await expect.poll(() => page.locator("#detail-heading").textContent()).toBe(chosen);
    await page.getByRole("button", { name: "关闭", exact: true }).click();

    await combobox(page).fill("嘉兴");
    await page.getByRole("listbox").waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await combobox(page).fill("");
    expect(consoleErrors).toEqual([]);
  });

  it("杭海 → a suggestion in view and the list → ArrowDown, Enter → the plan's words, framed beside the controls", async () => {
    const { page, consoleErrors } = app();
    const box = combobox(page);
    await box.fill("杭海");
    // The project, not the plan sentence that also names it (the plan text has its own group).
    const option = page.getByRole("group", { name: "项目" }).getByRole("option", { name: /杭海城际铁路/ });
    await option.waitFor();
    const shown = await option.boundingBox();
    expect(shown && shown.y + shown.height).toBeLessThanOrEqual(800);
    expect(await box.getAttribute("aria-expanded")).toBe("true");
    expect(await option.locator("mark").first().textContent()).toBe("杭海");
    // The list answers the same query: this one project.
    const items = page.getByRole("list", { name: "项目" }).getByRole("listitem");
    await expect.poll(() => items.count()).toBe(1);
    expect(await page.locator(".result-summary").textContent()).toBe(`显示 1 / ${projects.length} 个项目`);
    await page.keyboard.press("ArrowDown");
    expect(await box.getAttribute("aria-activedescendant")).toBe(await option.getAttribute("id"));
    await page.keyboard.press("Enter");
    await expect.poll(() => page.locator("#detail-heading").textContent()).toBe("杭海城际铁路");
    // The details quote the plan's words, and the address names the project.
    const project = byName("杭海城际铁路");
    expect(await page.locator(".detail-quote blockquote").textContent()).toBe(
      project?.properties.source_quote,
    );
    expect(page.url()).toContain(`project=${project?.id}`);
    await waitForRender(page);
    const panel = await page.locator(".detail-panel").boundingBox();
    const map = await page.locator(".map-area").boundingBox();
    const framed = await screenBox(page, byName("杭海城际铁路")?.properties.id ?? "");
    expect(panel && map).toBeTruthy();
    if (!panel || !map) return;
    expect(framed.left).toBeGreaterThanOrEqual(map.x);
    expect(framed.right).toBeLessThanOrEqual(panel.x);
    expect(framed.top).toBeGreaterThanOrEqual(map.y);
    expect(framed.bottom).toBeLessThanOrEqual(map.y + map.height);
    // The zoom buttons and the scale bar stay beside the panel, not under it.
    for (const control of [".maplibregl-ctrl-zoom-in", ".maplibregl-ctrl-scale"]) {
      const rect = await page.locator(control).boundingBox();
      const overlaps =
        rect &&
        rect.x < panel.x + panel.width &&
        rect.x + rect.width > panel.x &&
        rect.y < panel.y + panel.height &&
        rect.y + rect.height > panel.y;
      expect(overlaps, control).toBe(false);
    }
    expect(consoleErrors).toEqual([]);
    await page.getByRole("button", { name: "关闭", exact: true }).click();
    await combobox(page).fill("");
  });

  it("海宁 → the county → exactly Haining's projects; pinyin initials; nothing found says what was searched", async () => {
    const { page, consoleErrors } = app();
    const box = combobox(page);
    await box.fill("海宁");
    await page.getByRole("option", { name: /^海宁市/ }).click();
    const haining = projects
      .filter((feature) => feature.properties.counties.includes("330481"))
      .map((f) => f.id);
    expect(haining.length).toBeGreaterThan(1);
    await expect.poll(async () => (await listedIds(page)).sort()).toEqual([...haining].sort());
    expect(await box.inputValue()).toBe("");
    expect(new URL(page.url()).searchParams.get("county")).toBe("330481");

    await page.getByRole("button", { name: "清除全部", exact: true }).click();
    await box.fill("hhcj");
    await expect.poll(() => page.getByRole("option").first().textContent()).toContain("杭海城际铁路");
    // One query: the list answers the pinyin too, and the link carries it once.
    await expect.poll(() => listedIds(page)).toEqual([byName("杭海城际铁路")?.id]);
    expect(new URL(page.url()).searchParams.getAll("q")).toEqual(["hhcj"]);
    await page.keyboard.press("Escape");
    expect(await box.getAttribute("aria-expanded")).toBe("false");
    await page.keyboard.press("Escape");
    expect(await box.inputValue()).toBe("");

    for (const hostile of [
      "<script>alert(1)</script>",
      "\u202E\u0007qqzz\uD800",
      "🚄".repeat(60),
      "Ω".repeat(1000),
    ]) {
      await box.fill(hostile);
      const message = page.locator(".search-message");
      await expect.poll(() => message.textContent()).toMatch(/^没有找到与“.+”相关/);
      // The invisible and control characters are not echoed back.
      expect(await message.textContent()).not.toContain("\u202E");
      expect(await message.textContent()).not.toContain("\u0007");
    }
    expect(
      await page
        .locator("script:not([src])")
        .evaluateAll((nodes) => nodes.some((n) => n.textContent?.includes("alert(1)"))),
    ).toBe(false);
    await box.fill("");
    expect(consoleErrors).toEqual([]);
  });

  it("on a phone: the sheet opens at half the screen, drags up, and closing returns the camera", async () => {
    const { page } = app();
    // The same page at a phone's size: the layout follows the window (media queries), as on rotating.
    await page.setViewportSize({ width: 390, height: 844 });
    // A view of the reader's own (moved by hand, so the link holds a camera).
    await page.evaluate(() => {
      const map = (
        document.querySelector(".map-canvas") as unknown as { maplibreMap: { jumpTo: (c: unknown) => void } }
      ).maplibreMap;
      map.jumpTo({ center: [120.74, 30.76], zoom: 9.5 });
    });
    await waitForRender(page);
    const before = await mapCamera(page);
    await page.locator("[data-project-id]").first().click();
    const sheet = page.locator(".detail-panel");
    await sheet.waitFor();
    const opened = await sheet.boundingBox();
    expect(opened?.height).toBeLessThanOrEqual(844 / 2 + 1);
    await waitForRender(page);
    expect((await mapCamera(page)).zoom).not.toBeCloseTo(before.zoom, 1);
    const handle = await page.locator(".sheet-handle").boundingBox();
    if (!handle) throw new Error("no sheet handle");
    await page.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
    await page.mouse.down();
    await page.mouse.move(handle.x + handle.width / 2, handle.y - 250, { steps: 5 });
    await page.mouse.up();
    expect((await sheet.boundingBox())?.height).toBeGreaterThan((opened?.height ?? 0) + 200);
    await page.getByRole("button", { name: "关闭", exact: true }).click();
    await waitForRender(page);
    const after = await mapCamera(page);
    expect(after.zoom).toBeCloseTo(before.zoom, 1);
    expect(after.longitude).toBeCloseTo(before.longitude, 2);
    expect(after.latitude).toBeCloseTo(before.latitude, 2);
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it("in English, 'Grand Canal' finds it; the list reads alphabetically; the plan's words come translated", async () => {
    const { page } = app();
    await page.getByRole("button", { name: "Switch to English" }).click();
    await combobox(page, "Search").fill("Grand Canal");
    const names = () => page.getByRole("option").locator(".search-option-name").allTextContents();
    await expect.poll(async () => (await names()).some((name) => name.includes("Grand Canal"))).toBe(true);
    await page.keyboard.press("Escape");
    await page.keyboard.press("Escape");
    await expect.poll(() => page.locator(".project-name").count()).toBe(projects.length);
    const listed = await page.locator(".project-name").allTextContents();
    expect(listed).toEqual(
      [...listed].sort((a, b) => a.localeCompare(b, "en", { sensitivity: "base", numeric: true })),
    );
    await page.locator("[data-project-id]").first().click();
    const quotes = page.locator(".detail-quote blockquote");
    await expect.poll(() => quotes.count()).toBe(2);
    expect(await quotes.first().getAttribute("lang")).toBe("en");
    expect(await quotes.nth(1).getAttribute("lang")).toBe("zh-CN");
    expect(await page.locator(".maplibregl-ctrl-zoom-in").getAttribute("aria-label")).toBe("Zoom in");
  });
});
