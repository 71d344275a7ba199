// Exploring the projects from a shared link, on one page step by step: the link restores filters,
// selection, camera and language exactly and keeps them in the address; everything reads in English; the
// filters make the map, the list and the counts agree; a broken link says what it ignored. (Search → the
// plan's words in the details is find-and-read.test.ts's first search.)
import { afterAll, describe, expect, it } from "vitest";
import { closeBrowsers, sharedApp, visit, waitForRender } from "./support/app-page";
import { mapCamera, mapGlobalState, renderedProjectIds } from "./support/map-queries";
import { shippedProjects } from "./support/project-data";

afterAll(closeBrowsers);
const projects = shippedProjects();
const LINK = {
  lang: "en",
  pillar: "hub",
  county: "330424",
  project: "g525-haiyan-section",
  map: "11/30.52/120.95",
};

describe("exploring the projects from a shared link", () => {
  const app = sharedApp(`/?${new URLSearchParams(LINK)}`);

  it("restores filters, selection, camera and language exactly, and keeps them in the address", async () => {
    const { page, consoleErrors } = app();
    await page.locator("#detail-heading").waitFor();
    const project = projects.find((feature) => feature.id === LINK.project);
    expect(await page.locator("#detail-heading").textContent()).toBe(project?.properties.name_en);
    const shown = projects.filter(
      (feature) => feature.properties.pillar === "hub" && feature.properties.counties.includes("330424"),
    );
    expect(await page.locator(".result-summary").textContent()).toBe(
      `Showing ${shown.length} of ${projects.length} projects`,
    );
    const camera = await mapCamera(page);
    expect(camera.zoom).toBeCloseTo(11, 1);
    expect(camera.latitude).toBeCloseTo(30.52, 3);
    expect(camera.longitude).toBeCloseTo(120.95, 3);
    expect(await page.getAttribute("html", "lang")).toBe("en");
    // The address the page keeps is the same view, so the link it shares restores the same.
    const kept = new URL(page.url()).searchParams;
    const { map, ...rest } = LINK;
    for (const [key, value] of Object.entries(rest)) expect(kept.get(key), key).toBe(value);
    const keptCamera = (kept.get("map") ?? "").split("/").map(Number);
    expect(keptCamera).toHaveLength(3);
    for (const [index, value] of map.split("/").entries())
      expect(keptCamera[index]).toBeCloseTo(Number(value), 3);
    expect(consoleErrors).toEqual([]);
  });

  it("reads in English: interface, project data and map labels", async () => {
    const { page } = app();
    await page.getByRole("button", { name: "Close", exact: true }).click();
    await page.getByRole("button", { name: "Clear all", exact: true }).click();
    await expect.poll(() => page.locator("[data-project-id]").count()).toBe(projects.length);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(
      "Jiaxing 2020 Major Projects Map",
    );
    const names = await page.locator(".project-name").allTextContents();
    const englishNames = projects.map((feature) => feature.properties.name_en);
    expect(names.sort()).toEqual([...englishNames].sort());
    expect(names.every((name) => !/[\u4e00-\u9fff]/.test(name))).toBe(true);
    expect((await mapGlobalState(page)).language).toBe("en");
    expect(page.url()).toContain("lang=en");
  });

  it("filtering by pillar and status makes map, list and counts agree with the data", async () => {
    const { page } = app();
    // The whole city in view (the link looked at Haiyan close up): the map's drawing is compared.
    await page.evaluate(() =>
      (
        document.querySelector(".map-canvas") as unknown as {
          maplibreMap: { fitBounds: (bounds: number[][], options: object) => void };
        }
      ).maplibreMap.fitBounds(
        [
          [120.25, 30.18],
          [121.35, 31.05],
        ],
        { padding: 30, animate: false },
      ),
    );
    await page.locator(".filter-details > summary").click(); // folded: the link came with filters
    // The pillar chips read "Hub 18": by the start of their name (project names hold "hub" too).
    for (const name of ["Hub", "Quality", "Openness"])
      await page.getByRole("button", { name: new RegExp(`^${name} \\d+$`) }).click();
    await page.getByRole("checkbox", { name: /In operation/ }).uncheck();
    await waitForRender(page);
    const expected = projects
      .filter(
        (feature) => feature.properties.pillar === "innovation" && feature.properties.status !== "operation",
      )
      .map((feature) => feature.id)
      .sort();
    expect(expected.length).toBeGreaterThan(0);
    const listed = await page
      .locator("[data-project-id]")
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute("data-project-id")).sort());
    expect(listed).toEqual(expected);
    expect(await renderedProjectIds(page)).toEqual(expected);
    expect(await page.locator(".result-summary").textContent()).toBe(
      `Showing ${expected.length} of ${projects.length} projects`,
    );
    const innovationCount = await page
      .getByRole("checkbox", { name: /Innovation hubs/ })
      .locator("..")
      .locator(".toggle-count")
      .textContent();
    expect(Number(innovationCount)).toBe(
      expected.filter((id) => projects.find((p) => p.id === id)?.properties.layer === "innovation").length,
    );
    await page.getByRole("button", { name: "Clear all filters" }).click();
    await expect.poll(() => page.locator("[data-project-id]").count()).toBe(projects.length);
  });

  it("shows a notice for unknown and malformed link parameters and still works", async () => {
    const opened = app();
    const { page, consoleErrors } = opened;
    // The notice and the list need no map: the page is not held until the map is idle.
    await visit(opened, "/?colour=red&pillar=sky&map=oops", false);
    const notices = page.locator(".notice");
    await expect
      .poll(() => notices.allTextContents().then((texts) => texts.join(" ")))
      .toContain("colour=red");
    const text = (await notices.allTextContents()).join(" ");
    expect(text).toContain("pillar=sky");
    expect(text).toContain("map=oops");
    await expect.poll(() => page.locator("[data-project-id]").count()).toBe(projects.length);
    expect(consoleErrors).toEqual([]);
  });
});
