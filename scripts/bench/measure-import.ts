// One measured import of a CSV through the layers panel's file input, in a fresh browser context (empty
// storage, so no earlier run's layer is loaded). Every time is read inside the page (performance.now,
// from the click on Import), so the latency of driving the browser from Node never enters a figure.
import type { Browser } from "playwright-core";
import { VIEWPORT } from "./measure-page";

const TIMEOUT_MILLISECONDS = 300_000;
// The page has started when the map was first idle, the service worker has precached the build and
// the main thread then went this long without a long task: the import is measured on a quiet page.
const QUIET_MILLISECONDS = 1000;

export interface ImportSample {
  reportMilliseconds: number; // click → the import's report in the panel
  drawnMilliseconds: number; // click → the map idle with the layer's source loaded
  answerMilliseconds: number | null; // click → the import worker's result message
  receiveMilliseconds: number | null; // that message's arrival → its data readable on the page
  longestGapMilliseconds: number; // longest gap of a 10 ms timer, click → drawn
  longTasks: { start: number; duration: number }[]; // click → drawn, start from the click
  reportText: string;
}

interface Probe {
  clickAt: number | null;
  answerAt: number | null;
  receivedAt: number | null;
  reportAt: number | null;
  drawnAt: number | null;
  gap: number;
  tasks: { start: number; duration: number }[];
  stop: () => void;
}

export async function measureImport(
  browser: Browser,
  baseUrl: string,
  file: { name: string; buffer: Buffer },
  mimeType = "text/csv",
): Promise<ImportSample> {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: "zh-CN" });
  const page = await context.newPage();
  page.on("pageerror", (error) => console.error(`  page error: ${error.message}`));
  // tsx keeps function names by wrapping them in a __name helper that exists only in Node; the
  // functions below run in the page, which needs a stand-in.
  await page.addInitScript("globalThis.__name ??= (target) => target;");
  try {
    await page.goto(`${baseUrl}/?lang=zh&tab=layers`);
    await page.waitForFunction(() => performance.getEntriesByName("map:idle").length > 0, undefined, {
      timeout: TIMEOUT_MILLISECONDS,
      polling: 100,
    });
    await page.evaluate(() => navigator.serviceWorker?.ready);
    await page.locator("#user-layers-file").setInputFiles({ ...file, mimeType });
    const card = page.locator(".pending-file").filter({ hasText: file.name });
    const button = card.getByRole("button", { name: "导入", exact: true });
    await button.waitFor();
    await page.evaluate(waitForQuiet, QUIET_MILLISECONDS);
    await page.evaluate(installProbe, { fileName: file.name, layerName: file.name.replace(/\.[^.]+$/, "") });
    await button.click();
    await page.waitForFunction(
      () => (window as unknown as { importProbe: Probe }).importProbe.drawnAt !== null,
      undefined,
      { timeout: TIMEOUT_MILLISECONDS, polling: 200 },
    );
    const probe = await page.evaluate(() => {
      const probe = (window as unknown as { importProbe: Probe }).importProbe;
      probe.stop();
      const { stop: _, ...figures } = probe;
      return figures;
    });
    const reportText = await page
      .locator(`.import-report[data-file="${file.name}"] [role='status']`)
      .first()
      .textContent();
    const click = probe.clickAt ?? Number.NaN;
    return {
      reportMilliseconds: (probe.reportAt ?? Number.NaN) - click,
      drawnMilliseconds: (probe.drawnAt ?? Number.NaN) - click,
      answerMilliseconds: probe.answerAt === null ? null : probe.answerAt - click,
      receiveMilliseconds:
        probe.answerAt === null || probe.receivedAt === null ? null : probe.receivedAt - probe.answerAt,
      longestGapMilliseconds: probe.gap,
      longTasks: probe.tasks,
      reportText: reportText ?? "",
    };
  } finally {
    await context.close();
  }
}

// Runs in the page: resolves once the main thread has gone `quiet` ms without a long task.
function waitForQuiet(quiet: number): Promise<void> {
  return new Promise((resolve) => {
    let timer = setTimeout(done, quiet);
    const observer = new PerformanceObserver(() => {
      clearTimeout(timer);
      timer = setTimeout(done, quiet);
    });
    observer.observe({ type: "longtask" });
    function done() {
      observer.disconnect();
      resolve();
    }
  });
}

// Runs in the page before the click: a 10 ms timer (its longest gap is how long input could not be
// answered), a long-task observer, the click's time, the import worker's answer (Worker wrapped to
// listen beside the app's own handler), the report's arrival and the first map idle with the layer's
// source loaded. The app is not changed; only the page's globals are watched.
function installProbe({ fileName, layerName }: { fileName: string; layerName: string }): void {
  const probe: Probe = {
    clickAt: null,
    answerAt: null,
    receivedAt: null,
    reportAt: null,
    drawnAt: null,
    gap: 0,
    tasks: [],
    stop: () => undefined,
  };
  (window as unknown as { importProbe: Probe }).importProbe = probe;
  const since = (time: number) => time - (probe.clickAt ?? time);

  let last = performance.now();
  const ticker = setInterval(() => {
    const now = performance.now();
    if (probe.clickAt !== null && probe.drawnAt === null) probe.gap = Math.max(probe.gap, now - last);
    last = now;
  }, 10);
  const tasks = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (probe.clickAt === null || entry.startTime < probe.clickAt) continue;
      if (probe.drawnAt !== null && entry.startTime > probe.drawnAt) continue;
      probe.tasks.push({ start: Math.round(since(entry.startTime)), duration: Math.round(entry.duration) });
    }
  });
  tasks.observe({ type: "longtask" });
  document.addEventListener(
    "click",
    (event) => {
      if ((event.target as Element).closest(".pending-file")) probe.clickAt ??= performance.now();
    },
    { capture: true },
  );

  const Original = window.Worker;
  window.Worker = class extends Original {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      this.addEventListener("message", (event: MessageEvent) => {
        const arrived = event.timeStamp;
        if ((event.data as { kind?: string } | null)?.kind !== "result") return;
        probe.answerAt = arrived;
        probe.receivedAt = performance.now();
      });
    }
  };

  const reports = new MutationObserver(() => {
    if (
      probe.reportAt === null &&
      document.querySelector(`.import-report[data-file="${CSS.escape(fileName)}"]`)
    )
      probe.reportAt = performance.now();
  });
  reports.observe(document.body, { childList: true, subtree: true });

  type IdleMap = {
    on: (event: "idle", listener: () => void) => void;
    off: (event: "idle", listener: () => void) => void;
    getSource: (id: string) => unknown;
    getLayer: (id: string) => unknown;
    isSourceLoaded: (id: string) => boolean;
  };
  const map = (document.querySelector(".map-canvas") as unknown as { maplibreMap: IdleMap }).maplibreMap;
  const onIdle = () => {
    if (probe.clickAt === null || probe.drawnAt !== null) return;
    const row = document.querySelector<HTMLElement>(
      `.user-layer[data-layer-name="${CSS.escape(layerName)}"]`,
    );
    const source = `user-layer-${row?.dataset.layerId}`;
    // A big layer reaches the map in chunks and its style layers go in after the last one: drawn is
    // when a style layer reads the source and the source is loaded.
    const styled = ["fill", "line", "point"].some((kind) => map.getLayer(`${source}-${kind}`));
    if (row && styled && map.getSource(source) && map.isSourceLoaded(source))
      probe.drawnAt = performance.now();
  };
  map.on("idle", onIdle);

  probe.stop = () => {
    clearInterval(ticker);
    tasks.disconnect();
    reports.disconnect();
    map.off("idle", onIdle);
    window.Worker = Original;
  };
}
