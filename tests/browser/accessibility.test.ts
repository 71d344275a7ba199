import { createRequire } from "node:module";
import type { Page } from "playwright-core";
import { afterAll, describe, expect, it } from "vitest";
import { closeBrowsers, sharedApp, visit } from "./support/app-page";

afterAll(closeBrowsers);
const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (context: unknown) => Promise<{ violations: Violation[] }> } }
    ).axe;
    const result = await axe.run(document);
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      targets: violation.nodes.slice(0, 3).map((node) => node.target.join(" ")),
    }));
  });
  return violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.targets.join(", ")}`);
}

interface Violation {
  id: string;
  impact: string;
  nodes: { target: string[] }[];
}

describe("keyboard and assistive technology", () => {
  const app = sharedApp("/");

  it("announces result counts politely", async () => {
    expect(await app().page.locator(".result-summary").getAttribute("aria-live")).toBe("polite");
  });

  it("axe finds no serious or critical violation in Chinese", async () => {
    expect(await seriousViolations(app().page)).toEqual([]);
  });

  it("reaches every control by keyboard with a visible focus, opens details with Enter and closes with Escape", async () => {
    const { page } = app();
    const reached = new Set<string>();
    let sawInvisibleFocus = "";
    for (let step = 0; step < 40; step += 1) {
      await page.keyboard.press("Tab");
      const focus = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        if (!element || element === document.body) return null;
        const style = getComputedStyle(element);
        const visible = style.outlineStyle !== "none" && style.outlineWidth !== "0px";
        return {
          label: element.getAttribute("aria-label") ?? element.textContent?.trim().slice(0, 20) ?? "",
          visible,
        };
      });
      if (!focus) continue;
      reached.add(focus.label);
      if (!focus.visible && !sawInvisibleFocus) sawInvisibleFocus = focus.label;
    }
    expect(sawInvisibleFocus).toBe("");
    expect([...reached]).toEqual(expect.arrayContaining(["跳到项目列表", "Switch to English"]));
    expect([...reached].some((label) => label.startsWith("枢纽嘉兴"))).toBe(true);
    const firstItem = page.locator("[data-project-id]").first();
    const id = await firstItem.getAttribute("data-project-id");
    await firstItem.focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("detail-heading");
    await page.keyboard.press("Escape");
    await expect.poll(() => page.locator("#detail-heading").count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-project-id"))).toBe(id);
  });

  it("axe finds no serious or critical violation in English with details open", async () => {
    await visit(app(), "/?lang=en&project=jiaxing-military-civil-airport");
    await app().page.locator("#detail-heading").waitFor();
    expect(await seriousViolations(app().page)).toEqual([]);
  });

  it("gives a chrome-light view with embed=1", async () => {
    const { page } = app();
    await visit(app(), "/?embed=1");
    expect(await page.locator(".app.is-embed").count()).toBe(1);
    expect(await page.locator(".language-button:not(.present-button)").isVisible()).toBe(false);
    expect(await page.locator(".app-title p").isVisible()).toBe(false);
  });
});

describe("on a phone", () => {
  const app = sharedApp("/", { width: 390, height: 844 });

  it("is fully usable at 390×844: no sideways scroll, 44 px touch targets, details as a bottom sheet", async () => {
    const { page } = app();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const mapBox = await page.locator(".map-area").boundingBox();
    expect(mapBox?.height).toBeGreaterThan(300);
    await page.locator(".filter-details > summary").click();
    const small = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>("button, input[type=search], summary, .toggle-row")]
        .filter((element) => element.offsetParent !== null)
        .filter((element) => element.getBoundingClientRect().height < 44)
        .map((element) => element.className || element.tagName),
    );
    expect(small).toEqual([]);
    await page.locator("[data-project-id]").first().click();
    const sheet = await page.locator(".detail-panel").boundingBox();
    expect(sheet && Math.round(sheet.y + sheet.height)).toBe(844);
    expect(sheet?.width).toBe(390);
  });
});
