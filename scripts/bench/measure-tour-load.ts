// One measured load of a tour file through the presenter's tour editor, in a fresh browser context: the
// longest main-thread task and the longest gap of a 10 ms page timer from choosing the file until the
// editor lists the file's problems (a big file always has some: only the first 100 slides are read).
import type { Browser } from "playwright-core";
import { VIEWPORT } from "./measure-page";

const TIMEOUT_MILLISECONDS = 300_000;

export interface TourLoadSample {
  doneMilliseconds: number; // file chosen → the editor's list of the file's problems
  longestGapMilliseconds: number;
  longTasks: { start: number; duration: number }[];
}

interface TourProbe {
  startAt: number;
  doneAt: number | null;
  gap: number;
  tasks: { start: number; duration: number }[];
  stop: () => void;
}

export async function measureTourLoad(
  browser: Browser,
  baseUrl: string,
  file: { name: string; buffer: Buffer },
): Promise<TourLoadSample> {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: "zh-CN" });
  const page = await context.newPage();
  page.on("pageerror", (error) => console.error(`  page error: ${error.message}`));
  await page.addInitScript("globalThis.__name ??= (target) => target;");
  try {
    await page.goto(`${baseUrl}/?lang=zh&present=1`);
    await page.waitForFunction(() => performance.getEntriesByName("map:idle").length > 0, undefined, {
      timeout: TIMEOUT_MILLISECONDS,
      polling: 100,
    });
    await page.getByRole("button", { name: "编辑导览" }).click();
    const input = page.locator('input[type="file"][aria-label="载入导览文件"]');
    await input.waitFor({ state: "attached" });
    await page.evaluate(installTourProbe);
    await input.setInputFiles({ ...file, mimeType: "application/json" });
    await page.waitForFunction(
      () => (window as unknown as { tourProbe: TourProbe }).tourProbe.doneAt !== null,
      undefined,
      { timeout: TIMEOUT_MILLISECONDS, polling: 200 },
    );
    const probe = await page.evaluate(() => {
      const probe = (window as unknown as { tourProbe: TourProbe }).tourProbe;
      probe.stop();
      const { stop: _, ...figures } = probe;
      return figures;
    });
    return {
      doneMilliseconds: (probe.doneAt ?? Number.NaN) - probe.startAt,
      longestGapMilliseconds: probe.gap,
      longTasks: probe.tasks,
    };
  } finally {
    await context.close();
  }
}

// Runs in the page just before the file is chosen (the change event is the start).
function installTourProbe(): void {
  const probe: TourProbe = {
    startAt: performance.now(),
    doneAt: null,
    gap: 0,
    tasks: [],
    stop: () => undefined,
  };
  (window as unknown as { tourProbe: TourProbe }).tourProbe = probe;
  document.addEventListener(
    "change",
    () => {
      probe.startAt = performance.now();
    },
    { capture: true, once: true },
  );
  let last = performance.now();
  const ticker = setInterval(() => {
    const now = performance.now();
    // From the change event on: handing the file to the page (the test driver's part) is not counted.
    if (probe.doneAt === null && last >= probe.startAt) probe.gap = Math.max(probe.gap, now - last);
    last = now;
  }, 10);
  const tasks = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.startTime < probe.startAt || probe.doneAt !== null) continue;
      probe.tasks.push({
        start: Math.round(entry.startTime - probe.startAt),
        duration: Math.round(entry.duration),
      });
    }
  });
  tasks.observe({ type: "longtask" });
  const done = new MutationObserver(() => {
    if (probe.doneAt === null && document.querySelector(".presenter-problems"))
      probe.doneAt = performance.now();
  });
  done.observe(document.body, { childList: true, subtree: true });
  probe.stop = () => {
    clearInterval(ticker);
    tasks.disconnect();
    done.disconnect();
  };
}
