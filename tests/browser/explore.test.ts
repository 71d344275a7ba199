import { afterAll, describe, expect, it } from "vitest";
import { closeBrowsers, openApp, waitForRender } from "./support/app-page";
import { mapCamera, mapGlobalState, renderedProjectIds } from "./support/map-queries";
import { shippedProjects } from "./support/project-data";

afterAll(closeBrowsers);
const projects = shippedProjects();

describe("exploring the projects", () => {
  it("search → select → details shows the plan's words", async () => {
    const { page, consoleErrors, close } = await openApp("/");
    await page.getByRole("combobox", { name: "搜索" }).fill("杭海城际");
    const items = page.getByRole("list", { name: "项目" }).getByRole("listitem");
    await expect.poll(() => items.count()).toBe(1);
    await expect
      .poll(() => page.locator(".result-summary").textContent())
      .toBe(`显示 1 / ${projects.length} 个项目`);
    await items.first().getByRole("button").click();
    const project = projects.find((feature) => feature.properties.name_zh === "杭海城际铁路");
    await expect.poll(() => page.locator("#detail-heading").textContent()).toBe("杭海城际铁路");
    expect(await page.locator(".detail-quote blockquote").textContent()).toBe(
      project?.properties.source_quote,
    );
    expect(page.url()).toContain(`project=${project?.id}`);
    expect(consoleErrors).toEqual([]);
    await close();
  });

  it("filtering by pillar and status makes map, list and counts agree with the data", async () => {
    const { page, close } = await openApp("/");
    for (const name of ["枢纽嘉兴", "品质嘉兴", "开放嘉兴"]) await page.getByRole("button", { name }).click();
    await page.getByRole("checkbox", { name: /已建运营/ }).uncheck();
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
      `显示 ${expected.length} / ${projects.length} 个项目`,
    );
    const innovationCount = await page
      .getByRole("checkbox", { name: /创新载体/ })
      .locator("..")
      .locator(".toggle-count")
      .textContent();
    expect(Number(innovationCount)).toBe(
      expected.filter((id) => projects.find((p) => p.id === id)?.properties.layer === "innovation").length,
    );
    await page.getByRole("button", { name: "清除全部筛选" }).click();
    await expect.poll(() => page.locator("[data-project-id]").count()).toBe(projects.length);
    await close();
  });

  it("a shared link restores filters, selection, camera and language exactly", async () => {
    const first = await openApp(
      "/?lang=en&pillar=hub&county=330424&project=g525-haiyan-section&map=11/30.52/120.95",
    );
    await first.page.locator("#detail-heading").waitFor();
    const url = first.page.url();
    const before = {
      heading: await first.page.locator("#detail-heading").textContent(),
      summary: await first.page.locator(".result-summary").textContent(),
      camera: await mapCamera(first.page),
    };
    await first.close();
    const second = await openApp(url.replace(/^https?:\/\/[^/]+/, ""));
    await second.page.locator("#detail-heading").waitFor();
    expect(await second.page.locator("#detail-heading").textContent()).toBe(before.heading);
    expect(await second.page.locator(".result-summary").textContent()).toBe(before.summary);
    const camera = await mapCamera(second.page);
    expect(camera.zoom).toBeCloseTo(before.camera.zoom, 1);
    expect(camera.longitude).toBeCloseTo(before.camera.longitude, 3);
    expect(camera.latitude).toBeCloseTo(before.camera.latitude, 3);
    expect(await second.page.getAttribute("html", "lang")).toBe("en");
    await second.close();
  });

  it("switches interface, project data and map labels to English", async () => {
    const { page, close } = await openApp("/");
    await page.getByRole("button", { name: "Switch to English" }).click();
    await waitForRender(page);
    expect(await page.getAttribute("html", "lang")).toBe("en");
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(
      "Jiaxing 2020 Major Projects Map",
    );
    const names = await page.locator(".project-name").allTextContents();
    const englishNames = projects.map((feature) => feature.properties.name_en);
    expect(names.sort()).toEqual([...englishNames].sort());
    expect(names.every((name) => !/[\u4e00-\u9fff]/.test(name))).toBe(true);
    expect((await mapGlobalState(page)).language).toBe("en");
    expect(page.url()).toContain("lang=en");
    await close();
  });

  it("shows a notice for unknown and malformed link parameters and still works", async () => {
    const { page, consoleErrors, close } = await openApp("/?colour=red&pillar=sky&map=oops");
    const notices = await page.locator(".notice").allTextContents();
    expect(notices.join(" ")).toContain("colour=red");
    expect(notices.join(" ")).toContain("pillar=sky");
    expect(notices.join(" ")).toContain("map=oops");
    expect(await page.locator("[data-project-id]").count()).toBe(projects.length);
    expect(consoleErrors).toEqual([]);
    await close();
  });
});
