// How long the plan tab takes to draw once its code and data are in, in the production build in
// Chromium: the "plan:render" and "plan:open" measures the tab records (src/ui/plan-text/plan-panel.tsx),
// one fresh page per run. Measured and printed by `npx tsx scripts/bench-analysis.ts --browser`, never
// asserted in a test: this machine is noisy.
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../../tests/browser/support/chromium";
import { serveDirectory } from "./static-server";

export interface PlanTabTimings {
  render: number[]; // ms, the tab's own render once code and data are in
  fromChunk: number[]; // ms, from the tab's code arriving to the plan shown
}

const TIMEOUT_MILLISECONDS = 120_000;

export async function measurePlanTabInBrowser(root: string, runs: number): Promise<PlanTabTimings> {
  const server = await serveDirectory(root);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const timings: PlanTabTimings = { render: [], fromChunk: [] };
  try {
    for (let run = 0; run < runs; run++) {
      // A fresh context each time: no cache, no service worker.
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: "zh-CN" });
      const page = await context.newPage();
      await page.goto(`${server.origin}/`);
      await page.waitForFunction(() => performance.getEntriesByName("map:idle").length > 0, undefined, {
        timeout: TIMEOUT_MILLISECONDS,
      });
      await page.locator("#sidebar-tab-plan").click();
      await page.waitForFunction(() => performance.getEntriesByName("plan:render").length > 0, undefined, {
        timeout: TIMEOUT_MILLISECONDS,
      });
      const [render, fromChunk] = await page.evaluate(() =>
        ["plan:render", "plan:open"].map(
          (name) => performance.getEntriesByName(name)[0]?.duration ?? Number.NaN,
        ),
      );
      timings.render.push(render ?? Number.NaN);
      timings.fromChunk.push(fromChunk ?? Number.NaN);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return timings;
}
