// The plan beside the map (issue 16) as a reader meets it: the whole plan in the third tab with coverage
// and every quoted clause marked; a clause selects and frames its project; "Read in the plan" and a
// link land on the clause; an unknown project in a link gets a notice; English shows the original with
// the map's translations; axe finds nothing serious; a phone reads it. (How fast the tab draws is
// measured by `npm run bench`, not here.)
import { mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { resolve } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import type { PlanBlock } from "../../src/data/plan-schema";
import { boundsOf } from "../../src/geo/coordinates";
import { closeBrowsers, sharedApp, visit } from "./support/app-page";
import { highlightedProjectIds } from "./support/map-queries";
import { shippedProjects } from "./support/project-data";

afterAll(closeBrowsers);

const root = resolve(import.meta.dirname, "../..");
const blocks = JSON.parse(readFileSync(resolve(root, "data/plan/plan.json"), "utf8")) as PlanBlock[];
const lines = readFileSync(resolve(root, "data/plan/jiaxing-2020-plan.zh.txt"), "utf8")
  .split("\n")
  .map((line) => line.trim())
  .filter((line) => line !== "");
const projects = shippedProjects();
const distinctQuotes = new Set(projects.map((project) => project.properties.source_quote));
const HANGHAI = "hangzhou-haining-intercity-railway";
const hanghai = projects.find((project) => project.properties.id === HANGHAI);
const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

// The plan's own text as the tab shows it: each block, without the reasons' tooltips.
async function shownPlanText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const article = document.querySelector(".plan-text")?.cloneNode(true) as HTMLElement;
    for (const tip of article.querySelectorAll(".plan-tip")) tip.remove();
    return [...article.querySelectorAll("[id^='plan-b']")].map((block) => block.textContent).join("");
  });
}

async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axePath });
  return page.evaluate(async () => {
    type Result = { violations: { id: string; impact: string; nodes: { target: string[] }[] }[] };
    const axe = (window as unknown as { axe: { run: (context: unknown) => Promise<Result> } }).axe;
    const result = await axe.run(document.querySelector("#sidebar-panel-plan"));
    return result.violations
      .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
      .map((violation) => `${violation.id}: ${violation.nodes[0]?.target.join(" ")}`);
  });
}

describe("the plan beside the map", () => {
  const app = sharedApp("/?tab=plan");

  it("shows the whole plan with its battles, coverage and one mark per distinct quote", async () => {
    const { page, consoleErrors, outsideRequests } = app();
    expect(await page.getByRole("tab", { name: "规划原文" }).getAttribute("aria-selected")).toBe("true");
    await page.locator(".plan-clause").first().waitFor({ timeout: 30_000 });
    const text = await shownPlanText(page);
    expect(text).toBe(blocks.map((block) => block.text).join(""));
    expect(text.startsWith(lines[0] as string)).toBe(true); // the title
    expect(text).toContain(lines[1]); // the first paragraph
    expect(text.endsWith(lines.at(-1) as string)).toBe(true); // the last paragraph
    for (const battle of ["枢纽嘉兴", "创新嘉兴", "品质嘉兴", "开放嘉兴"]) {
      await expect(
        page.getByRole("heading", { level: 3, name: new RegExp(`聚力打好“${battle}”建设大会战`) }).count(),
      ).resolves.toBe(1);
      await expect(
        page.getByRole("link", { name: new RegExp(`“${battle}”建设大会战`) }).count(),
      ).resolves.toBe(1);
    }
    expect(await page.locator(".plan-clause").count()).toBe(distinctQuotes.size);
    const markedIds = await page
      .locator(".plan-clause")
      .evaluateAll((links) =>
        links.flatMap((link) => (link.getAttribute("data-project-ids") ?? "").split(" ")),
      );
    expect(new Set(markedIds)).toEqual(new Set(projects.map((project) => project.properties.id)));
    const notMapped = JSON.parse(
      readFileSync(resolve(root, "data/plan/not-mapped.json"), "utf8"),
    ) as unknown[];
    await expect(page.locator(".plan-coverage > p").textContent()).resolves.toBe(
      `规划点名的空间事项 ${distinctQuotes.size + notMapped.length} 项：${distinctQuotes.size} 项已上图，${notMapped.length} 项未上图。`,
    );
    // A contents entry takes the reader to its heading.
    await page.getByRole("link", { name: "打好海河联运枢纽建设攻坚战" }).click();
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(
      "打好海河联运枢纽建设攻坚战。",
    );
    expect(consoleErrors).toEqual([]);
    expect(outsideRequests).toEqual([]);
  });

  it("highlights the 杭海城际铁路 clause's project on hover, and selects and frames it on click", async () => {
    if (!hanghai) throw new Error(`no ${HANGHAI} in the data`);
    const { page } = app();
    const clause = page.locator(`.plan-clause[data-project-ids='${HANGHAI}']`);
    expect(await clause.textContent()).toBe(hanghai.properties.source_quote);
    // Framed: the railway's bounds are inside the map, clear of the details panel, and centred in what
    // is left (the city view before the click has them off centre, low in the map).
    const [west, south, east, north] = boundsOf(hanghai.geometry);
    const framed = () =>
      page.evaluate(
        (corners) => {
          const canvas = document.querySelector(".map-canvas") as HTMLElement & {
            maplibreMap: { project: (point: number[]) => { x: number; y: number } };
          };
          const area = canvas.getBoundingClientRect();
          const detail = document.querySelector(".detail-panel")?.getBoundingClientRect();
          const width = Math.min(area.right, detail?.left ?? area.right) - area.left;
          const points = corners.map((corner) => canvas.maplibreMap.project(corner));
          const inside = points.every(({ x, y }) => x >= 0 && x <= width && y >= 0 && y <= area.height);
          const middle = points.reduce((sum, { x, y }) => ({ x: sum.x + x / 2, y: sum.y + y / 2 }), {
            x: 0,
            y: 0,
          });
          const centred =
            Math.abs(middle.x - width / 2) < 0.1 * width &&
            Math.abs(middle.y - area.height / 2) < 0.1 * area.height;
          return inside && centred;
        },
        [
          [west, south],
          [east, north],
        ],
      );
    expect(await framed()).toBe(false);
    await clause.hover();
    await expect.poll(() => highlightedProjectIds(page, "plan")).toEqual([HANGHAI]);
    await clause.click();
    await expect(page.locator("#detail-heading").textContent()).resolves.toBe("杭海城际铁路");
    expect(await highlightedProjectIds(page, "selected")).toEqual([HANGHAI]);
    await expect.poll(framed, { timeout: 60_000 }).toBe(true);
    await page.mouse.move(1200, 400); // off the clause: the plan's highlight goes
    await expect.poll(() => highlightedProjectIds(page, "plan")).toEqual([]);
    expect(await highlightedProjectIds(page, "selected")).toEqual([HANGHAI]);
  });

  it("gives an unmapped item's reason on keyboard focus, and axe finds nothing serious in either language", async () => {
    const { page } = app();
    const item = page.locator(".plan-unmapped-words[data-entry-id='grand-canal-one-core-ten-towns']");
    const tip = page.locator(".plan-unmapped", { has: item }).getByRole("tooltip");
    expect(await tip.isVisible()).toBe(false);
    await item.focus();
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toMatch(/^未上图：/);
    await page.keyboard.press("Escape");
    await expect.poll(() => tip.isVisible()).toBe(false);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "English" }).click();
    await page.locator(".plan-language-note").waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it("in English, says the plan is Chinese, keeps the original and translates only the mapped clauses", async () => {
    const { page } = app(); // switched to English by the step before
    await expect(page.locator(".plan-language-note").textContent()).resolves.toMatch(
      /published in Chinese only/,
    );
    expect(await shownPlanText(page)).toBe(blocks.map((block) => block.text).join(""));
    expect(await page.locator(".plan-text").getAttribute("lang")).toBe("zh-CN");
    const glosses = await page
      .locator(".plan-glosses li")
      .evaluateAll((items) =>
        items.map((item) => [
          item.querySelector(".plan-gloss-quote")?.textContent,
          item.lastElementChild?.textContent,
        ]),
      );
    const english = new Map(
      projects.map((project) => [project.properties.source_quote, project.properties.source_quote_en]),
    );
    expect(glosses).toHaveLength(distinctQuotes.size);
    for (const [quote, translation] of glosses) expect(translation).toBe(english.get(quote as string));
  });

  it("lands on the clause from a project's details and from a link; an unknown project gets a notice", async () => {
    const airport = "jiaxing-military-civil-airport";
    const { page, consoleErrors } = app();
    const quoteOf = (id: string) =>
      projects.find((project) => project.properties.id === id)?.properties.source_quote;
    await visit(app(), `/?project=${airport}`);
    await page.getByRole("button", { name: "在原文中查看" }).click();
    const tab = page.getByRole("tab", { name: "规划原文" });
    expect(await tab.getAttribute("aria-selected")).toBe("true");
    await expect.poll(async () => (await landing(page)).ids, { timeout: 30_000 }).toContain(airport);
    expect(await landing(page)).toMatchObject({ target: quoteOf(airport), inView: true });

    await visit(app(), `/?tab=plan&project=${HANGHAI}`, false);
    await expect.poll(async () => (await landing(page)).ids, { timeout: 60_000 }).toBe(HANGHAI);
    expect(await landing(page)).toMatchObject({ target: quoteOf(HANGHAI), inView: true });

    await visit(app(), "/?tab=plan&project=unknown", false);
    const notice = page.locator(".plan-notice");
    await notice.waitFor({ timeout: 60_000 });
    expect(await notice.textContent()).toBe("链接中的项目“unknown”不在地图上，下面是规划全文。");
    expect(await page.locator(".plan-clause").count()).toBe(distinctQuotes.size);
    expect(consoleErrors).toEqual([]);
  });

  it("finds the plan's sentences from the header search and opens the tab at the one picked", async () => {
    const { page, consoleErrors } = app();
    await page.getByRole("tab", { name: "项目" }).click(); // away from the plan tab the step before left open
    const box = page.getByRole("combobox", { name: "搜索" });
    await box.fill("铁路枢纽建设攻坚战");
    const group = page.getByRole("group", { name: "规划原文" });
    await group.waitFor({ timeout: 60_000 });
    const option = group.getByRole("option").first();
    expect(await option.textContent()).toContain("打好铁路枢纽建设攻坚战");
    await option.click();
    const tab = page.getByRole("tab", { name: "规划原文" });
    await expect.poll(() => tab.getAttribute("aria-selected"), { timeout: 30_000 }).toBe("true");
    const target = page.locator("mark.plan-target");
    await target.first().waitFor({ timeout: 60_000 });
    expect((await target.allTextContents()).join("")).toContain("打好铁路枢纽建设攻坚战");
    expect(consoleErrors).toEqual([]);
  });
});

describe("the plan on a phone", () => {
  const app = sharedApp("/?tab=plan", { width: 390, height: 844, waitForIdle: false });

  it("reads well on a 390×844 phone", async () => {
    const { page } = app();
    await page.locator(".plan-clause").first().waitFor({ timeout: 60_000 });
    const layout = await page.evaluate(() => {
      const sidebar = document.querySelector(".sidebar") as HTMLElement;
      const paragraph = document.querySelector(".plan-paragraph") as HTMLElement;
      return {
        sideways: sidebar.scrollWidth - sidebar.clientWidth,
        pageSideways: document.documentElement.scrollWidth - window.innerWidth,
        fontPixels: Number.parseFloat(getComputedStyle(paragraph).fontSize),
        contentsOpen: (document.querySelector(".plan-contents") as HTMLDetailsElement).open,
      };
    });
    expect(layout).toEqual({
      sideways: 0,
      pageSideways: 0,
      fontPixels: expect.any(Number),
      contentsOpen: false,
    });
    expect(layout.fontPixels).toBeGreaterThanOrEqual(14);
    const clause = page.locator(`.plan-clause[data-project-ids='${HANGHAI}']`);
    await clause.scrollIntoViewIfNeeded();
    const box = await clause.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true);
    mkdirSync(resolve(root, "test-results"), { recursive: true });
    await page.screenshot({ path: resolve(root, "test-results/plan-text-390x844.png") });
  });
});

// Where focus is in the plan tab: the clause's projects, the highlighted target and whether it shows.
async function landing(page: Page) {
  return page.evaluate(() => {
    const active = document.activeElement as HTMLElement;
    const box = active.getBoundingClientRect();
    const sidebar = (document.querySelector(".sidebar") as HTMLElement).getBoundingClientRect();
    return {
      ids: active.getAttribute("data-project-ids"),
      target: [...(active.closest("[id^='plan-b']")?.querySelectorAll("mark.plan-target") ?? [])]
        .map((mark) => mark.textContent)
        .join(""),
      inView: box.top >= sidebar.top && box.bottom <= sidebar.bottom,
    };
  });
}
