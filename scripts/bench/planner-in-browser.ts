// The planner's speed as a reader meets it, in the production build in Chromium: from a click on the
// planner tab to the coverage table drawn and settled, and from typing a new N to the new table drawn.
// Two openings: after the page has settled (the reader looked at the map for a few seconds; the panel
// and the first table were prepared at an idle moment, see src/browser/when-settled.ts) and at the
// first idle of the map (nothing prepared yet: the cold figure). Times are taken inside the page, so
// the test driver's own round trips are not counted.
import { chromium, type Page } from "playwright-core";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../../tests/browser/support/chromium";
import { serveDirectory } from "./static-server";

export interface PlannerTimings {
  openedSettled: number[]; // ms, click → table
  openedAtOnce: number[]; // ms, click at the map's first idle → table
  distanceChanged: number[]; // ms, new N typed → its table
}

const SETTLE_MILLISECONDS = 8_000; // longer than the pause and idle wait in when-settled.ts
const TIMEOUT_MILLISECONDS = 120_000;

// Clicks the tab inside the page and resolves with the ms until the table is drawn and not busy.
function openTab(page: Page): Promise<number> {
  return page.evaluate(
    (timeout) =>
      new Promise<number>((resolve, reject) => {
        const start = performance.now();
        document.querySelector<HTMLElement>("#sidebar-tab-planner")?.click();
        const check = () => {
          const ready =
            document.querySelector(".coverage-table tbody tr") &&
            document.querySelector(".coverage[aria-busy='false']");
          if (ready) resolve(performance.now() - start);
          else if (performance.now() - start > timeout) reject(new Error("no table"));
          else requestAnimationFrame(check);
        };
        check();
      }),
    TIMEOUT_MILLISECONDS,
  );
}

// Types N into the field as a reader would (React's input event) and waits for the next table.
function changeDistance(page: Page, kilometres: number): Promise<number> {
  return page.evaluate(
    ({ value, timeout }) =>
      new Promise<number>((resolve, reject) => {
        const field = document.querySelector<HTMLInputElement>("#planner-distance");
        const status = document.querySelector<HTMLElement>(".planner-status");
        if (!field || !status) return reject(new Error("no distance field"));
        const before = status.dataset.milliseconds;
        const start = performance.now();
        const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")?.set;
        setter?.call(field, String(value));
        field.dispatchEvent(new Event("input", { bubbles: true }));
        const check = () => {
          const settled =
            status.dataset.milliseconds !== before && document.querySelector(".coverage[aria-busy='false']");
          if (settled) resolve(performance.now() - start);
          else if (performance.now() - start > timeout) reject(new Error("no new table"));
          else requestAnimationFrame(check);
        };
        check();
      }),
    { value: kilometres, timeout: TIMEOUT_MILLISECONDS },
  );
}

async function openApp(page: Page, origin: string): Promise<void> {
  await page.goto(`${origin}/?lang=en`);
  await page.waitForFunction(() => performance.getEntriesByName("map:idle").length > 0, undefined, {
    timeout: TIMEOUT_MILLISECONDS,
  });
}

export async function measurePlannerInBrowser(root: string, runs: number): Promise<PlannerTimings> {
  const server = await serveDirectory(root);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const timings: PlannerTimings = { openedSettled: [], openedAtOnce: [], distanceChanged: [] };
  try {
    for (let run = 0; run < runs; run++) {
      // A fresh context each time: no cache, no service worker, no remembered tables.
      for (const settled of [true, false]) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
        // tsx names the functions it compiles with a helper the page does not have.
        await context.addInitScript("window.__name = (target) => target");
        const page = await context.newPage();
        await openApp(page, server.origin);
        if (settled) await page.waitForTimeout(SETTLE_MILLISECONDS);
        const opened = await openTab(page);
        (settled ? timings.openedSettled : timings.openedAtOnce).push(opened);
        if (settled) {
          await page.waitForTimeout(1_000);
          timings.distanceChanged.push(await changeDistance(page, 7));
        }
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return timings;
}
