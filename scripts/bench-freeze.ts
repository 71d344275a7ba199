// npm run bench:freeze — does a big valid input freeze the page (issue 32, R4)? Imports a GeoJSON of
// 1,000,000 coordinates (≈ 23 MB, scripts/bench/import-files.ts) through the layers panel and loads a
// 19 MB tour file through the presenter's tour editor, FREEZE_RUNS times each (default 3), each in a
// fresh browser context of the production build in Debian's Chromium (the browser tests' flags).
// Prints each run's longest main-thread task and longest gap of a 10 ms timer, and their medians;
// the target is a longest task under 200 ms. Expects a production build in dist/.
import { existsSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { resolve } from "node:path";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../tests/browser/support/chromium";
import { serveBuild } from "../tests/browser/support/serve-build";
import { bigTour, linesGeojson } from "./bench/import-files";
import { measureImport } from "./bench/measure-import";
import { measureTourLoad } from "./bench/measure-tour-load";

const RUNS = Math.max(1, Number(process.env.FREEZE_RUNS ?? 3));
const COORDINATES = Math.max(2, Number(process.env.FREEZE_COORDINATES ?? 1_000_000));
const TOUR_BYTES = Math.max(1000, Number(process.env.FREEZE_TOUR_BYTES ?? 19_000_000));
const TARGET_MILLISECONDS = 200;
// "geojson" or "tour" measures one of the two; anything else both.
const ONLY = process.env.FREEZE_ONLY ?? "";

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((left, right) => left - right);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};
const longest = (tasks: readonly { duration: number }[]) =>
  Math.max(0, ...tasks.map((task) => task.duration));
const load = () => loadavg()[0]?.toFixed(2);

async function main(): Promise<void> {
  if (!existsSync(resolve(import.meta.dirname, "../dist/index.html")))
    throw new Error("no production build in dist/: run `npm run build` first");
  const geojson = { name: "lines.geojson", buffer: linesGeojson(COORDINATES) };
  const tour = { name: "tour.json", buffer: bigTour(TOUR_BYTES) };
  console.log(
    `${COORDINATES} coordinates in ${(geojson.buffer.length / 1e6).toFixed(1)} MB of GeoJSON; a tour of ` +
      `${(tour.buffer.length / 1e6).toFixed(1)} MB; ${RUNS} runs each on ${cpus().length} × ` +
      `${cpus()[0]?.model.trim() ?? "unknown CPU"}; load average ${load()}`,
  );
  const served = await serveBuild();
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const imports: { task: number; gap: number; drawn: number }[] = [];
  const tours: { task: number; gap: number; done: number }[] = [];
  try {
    for (let run = 1; run <= (ONLY === "tour" ? 0 : RUNS); run++) {
      const before = load();
      const sample = await measureImport(browser, served.baseUrl, geojson, "application/geo+json");
      imports.push({
        task: longest(sample.longTasks),
        gap: sample.longestGapMilliseconds,
        drawn: sample.drawnMilliseconds,
      });
      console.log(
        `  import ${run} (load ${before} → ${load()}): report ${(sample.reportMilliseconds / 1000).toFixed(2)} s, ` +
          `drawn ${(sample.drawnMilliseconds / 1000).toFixed(2)} s, longest task ${longest(sample.longTasks)} ms, ` +
          `longest gap ${Math.round(sample.longestGapMilliseconds)} ms — ${sample.reportText}`,
      );
      console.log(
        `    long tasks: ${sample.longTasks.map((task) => `${task.start} +${task.duration}`).join(", ") || "none"}`,
      );
    }
    for (let run = 1; run <= (ONLY === "geojson" ? 0 : RUNS); run++) {
      const before = load();
      const sample = await measureTourLoad(browser, served.baseUrl, tour);
      tours.push({
        task: longest(sample.longTasks),
        gap: sample.longestGapMilliseconds,
        done: sample.doneMilliseconds,
      });
      console.log(
        `  tour ${run} (load ${before} → ${load()}): read ${(sample.doneMilliseconds / 1000).toFixed(2)} s, ` +
          `longest task ${longest(sample.longTasks)} ms, longest gap ${Math.round(sample.longestGapMilliseconds)} ms`,
      );
      console.log(
        `    long tasks: ${sample.longTasks.map((task) => `${task.start} +${task.duration}`).join(", ") || "none"}`,
      );
    }
  } finally {
    await browser.close();
    await served.close();
  }
  const importTask = median(imports.map((sample) => sample.task));
  const tourTask = median(tours.map((sample) => sample.task));
  console.log(`\nMedians of ${RUNS} runs (load average now ${load()}):`);
  console.log(
    `  GeoJSON: longest task ${importTask} ms, longest gap ${Math.round(median(imports.map((s) => s.gap)))} ms, drawn ${(median(imports.map((s) => s.drawn)) / 1000).toFixed(2)} s`,
  );
  console.log(
    `  tour:    longest task ${tourTask} ms, longest gap ${Math.round(median(tours.map((s) => s.gap)))} ms, read ${(median(tours.map((s) => s.done)) / 1000).toFixed(2)} s`,
  );
  console.log(
    `  target (longest task under ${TARGET_MILLISECONDS} ms): GeoJSON ${importTask < TARGET_MILLISECONDS ? "met" : "not met"}, tour ${tourTask < TARGET_MILLISECONDS ? "met" : "not met"}`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
