// npm run bench:import — how long a 50,000-row CSV of points takes to import, and how long the page
// cannot answer meanwhile (issue 17: under 5 s, without freezing the page). Expects a production build
// in dist/ (npm run build); serves it, opens it in Debian's Chromium with software WebGL (the flags the
// browser tests use), and imports a generated CSV (scripts/bench/import-csv.ts) through the layers
// panel's file input IMPORT_RUNS times (default 5), each in a fresh browser context. Prints each run
// and the medians of: click → report, click → layer drawn, the longest gap of a 10 ms page timer and
// the longest long task, with the machine's load average. IMPORT_ROWS changes the row count.
import { existsSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { resolve } from "node:path";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../tests/browser/support/chromium";
import { serveBuild } from "../tests/browser/support/serve-build";
import { pointsCsv } from "./bench/import-csv";
import { type ImportSample, measureImport } from "./bench/measure-import";

const RUNS = Math.max(1, Number(process.env.IMPORT_RUNS ?? 5));
const ROWS = Math.max(1, Number(process.env.IMPORT_ROWS ?? 50_000));
const TARGET_MILLISECONDS = 5000;
const FILE_NAME = "points.csv";

function median(values: readonly number[]): number {
  const sorted = [...values].sort((left, right) => left - right);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

const seconds = (milliseconds: number | null) =>
  milliseconds === null || Number.isNaN(milliseconds) ? "—" : `${(milliseconds / 1000).toFixed(2)} s`;
const millis = (milliseconds: number) => `${Math.round(milliseconds)} ms`;
const load = () => loadavg().map((value) => value.toFixed(2));
const longest = (sample: ImportSample) => Math.max(0, ...sample.longTasks.map((task) => task.duration));

async function main(): Promise<void> {
  if (!existsSync(resolve(import.meta.dirname, "../dist/index.html")))
    throw new Error("no production build in dist/: run `npm run build` first");
  const buffer = pointsCsv(ROWS);
  console.log(
    `Importing ${FILE_NAME}: ${ROWS} rows, ${(buffer.length / 1e6).toFixed(2)} MB; ${RUNS} runs on ` +
      `${cpus().length} × ${cpus()[0]?.model.trim() ?? "unknown CPU"}; load average ${load().join(", ")}`,
  );
  const served = await serveBuild();
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  console.log(`Chromium ${browser.version()}, ${served.baseUrl}\n`);
  const samples: ImportSample[] = [];
  try {
    for (let run = 1; run <= RUNS; run++) {
      const before = load()[0];
      const sample = await measureImport(browser, served.baseUrl, { name: FILE_NAME, buffer });
      samples.push(sample);
      if (run === 1) console.log(`  report: ${sample.reportText}`);
      console.log(
        `  run ${run} (load ${before} → ${load()[0]}): report ${seconds(sample.reportMilliseconds)}, ` +
          `drawn ${seconds(sample.drawnMilliseconds)}, worker answered ${seconds(sample.answerMilliseconds)}` +
          ` (received in ${sample.receiveMilliseconds === null ? "—" : millis(sample.receiveMilliseconds)}), ` +
          `longest gap ${millis(sample.longestGapMilliseconds)}, longest task ${millis(longest(sample))}`,
      );
      console.log(
        `    long tasks (start +duration, ms from the click): ${
          sample.longTasks.map((task) => `${task.start} +${task.duration}`).join(", ") || "none"
        }`,
      );
    }
  } finally {
    await browser.close();
    await served.close();
  }
  const report = median(samples.map((sample) => sample.reportMilliseconds));
  console.log(`\nMedians of ${RUNS} runs (load average now ${load().join(", ")}):`);
  console.log(`  click → report            ${seconds(report)}`);
  console.log(`  click → layer drawn       ${seconds(median(samples.map((s) => s.drawnMilliseconds)))}`);
  console.log(`  longest page gap          ${millis(median(samples.map((s) => s.longestGapMilliseconds)))}`);
  console.log(`  longest long task         ${millis(median(samples.map(longest)))}`);
  console.log(
    `  target (report under ${TARGET_MILLISECONDS / 1000} s): ${report < TARGET_MILLISECONDS ? "met" : "not met"}`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
