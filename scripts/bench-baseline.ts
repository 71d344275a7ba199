// npm run bench:baseline -- <commit> — is the app's start-up cost over bare MapLibre as it was at an earlier
// commit? `npm run bench` compares the app with a bare page built from today's style; when a change makes
// the map itself draw more (new layers, names, corridors) the bare page slows too, and a ratio measured
// months apart compares different maps. This builds the app and the bare page of both commits (each with
// its own style, data and synthetic-set generator, in a temporary git worktree that borrows this
// checkout's node_modules) and loads all four pages interleaved in one browser, so the two ratios meet
// the same machine in the same minutes. Load only (navigation → "map:idle"); BENCH_RUNS (default 8) and
// BENCH_SIZES (default 41,10000) as for npm run bench.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../tests/browser/support/chromium";
import { buildVariants, REPOSITORY, type Variant } from "./bench/build-variants";
import { type LoadSample, measureLoad, VIEWPORT } from "./bench/measure-page";
import { pairedSpread } from "./bench/report";
import { serveDirectory } from "./bench/static-server";

const baseline = process.argv[2] ?? process.env.BENCH_BASELINE;
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 8));
const SIZES = (process.env.BENCH_SIZES ?? "41,10000").split(",").map(Number);
const SHIPPED = 41;

interface Side {
  name: "now" | "baseline";
  root: string;
  commit: string;
}

interface Row {
  size: number;
  side: Side["name"];
  app: number[];
  bare: number[];
}

function git(...args: string[]): string {
  return execFileSync("git", args, { cwd: REPOSITORY, encoding: "utf8" }).trim();
}

async function projectDirectory(side: Side, size: number, temporary: string): Promise<string> {
  if (size === SHIPPED) return resolve(side.root, "data/projects");
  // Each commit's own generator: a set the earlier validator accepts, as its bench measured it.
  const generator = (await import(resolve(side.root, "scripts/bench/synthetic-projects.ts"))) as {
    writeSyntheticProjects: (directory: string, count: number) => number;
  };
  const directory = join(temporary, `${side.name}-projects-${size}`);
  generator.writeSyntheticProjects(directory, size);
  return directory;
}

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((left, right) => left - right);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};

async function main(): Promise<void> {
  if (!baseline) throw new Error("Name the earlier commit: npm run bench:baseline -- <commit>");
  const temporary = mkdtempSync(join(tmpdir(), "jiaxing-baseline-"));
  const worktree = join(temporary, "baseline");
  const sides: Side[] = [
    { name: "now", root: REPOSITORY, commit: git("rev-parse", "--short", "HEAD") },
    { name: "baseline", root: worktree, commit: git("rev-parse", "--short", baseline) },
  ];
  git("worktree", "add", "--detach", worktree, baseline);
  try {
    symlinkSync(resolve(REPOSITORY, "node_modules"), join(worktree, "node_modules"));
    const webRoot = join(temporary, "web");
    const pages: { size: number; side: Side; app: Variant; bare: Variant }[] = [];
    for (const size of SIZES)
      for (const side of sides) {
        console.log(`Building ${side.name} (${side.commit}) with ${size} projects …`);
        const directory = await projectDirectory(side, size, temporary);
        const built = await buildVariants(webRoot, `${side.name}-${size}`, directory, side.root);
        pages.push({ size, side, ...built });
      }
    const rows = await measure(webRoot, pages);
    console.log(`\n${table(rows, sides)}`);
  } finally {
    git("worktree", "remove", "--force", worktree);
    rmSync(temporary, { recursive: true, force: true });
  }
}

async function measure(
  webRoot: string,
  pages: { size: number; side: Side; app: Variant; bare: Variant }[],
): Promise<Row[]> {
  const server = await serveDirectory(webRoot);
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  const rows = pages.map(({ size, side }) => ({ size, side: side.name, app: [], bare: [] }) as Row);
  try {
    for (const size of SIZES) {
      const group = pages.flatMap((page, index) =>
        page.size === size ? [{ page, row: rows[index] as Row }] : [],
      );
      for (let run = 1; run <= RUNS; run++) {
        // Alternate which commit goes first, so neither always meets the machine straight after the other.
        for (const { page, row } of run % 2 ? group : [...group].reverse()) {
          const app: LoadSample = await measureLoad(browser, `${server.origin}/${page.app.name}/`, "app", 0);
          const mapSize = app.mapSize.width > 0 ? app.mapSize : VIEWPORT;
          const bareUrl = `${server.origin}/${page.bare.name}/${page.bare.entryPath}?width=${mapSize.width}&height=${mapSize.height}`;
          const bare = await measureLoad(browser, bareUrl, "bare", 0);
          row.app.push(app.idleMilliseconds);
          row.bare.push(bare.idleMilliseconds);
          console.log(
            `  ${String(size).padStart(6)} ${row.side.padEnd(8)} run ${run}: app ${Math.round(app.idleMilliseconds)} ms, bare ${Math.round(bare.idleMilliseconds)} ms (map ${mapSize.width}×${mapSize.height})`,
          );
        }
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return rows;
}

function table(rows: readonly Row[], sides: readonly Side[]): string {
  const commitOf = (name: Side["name"]) => sides.find((side) => side.name === name)?.commit ?? "";
  const lines = [
    `Load, navigation → first map idle: medians of ${RUNS} runs, all four pages interleaved in one run.`,
    "",
    "| projects | commit | load: app | load: bare | ratio | per-run ratio | app − bare |",
    "| ---: | --- | ---: | ---: | ---: | ---: | ---: |",
  ];
  for (const row of rows) {
    const app = median(row.app);
    const bare = median(row.bare);
    const paired = pairedSpread(row.app, row.bare);
    lines.push(
      `| ${row.size.toLocaleString("en")} | ${row.side} \`${commitOf(row.side)}\` | ${Math.round(app)} ms | ${Math.round(bare)} ms | ${(app / bare).toFixed(2)}× | ${paired.median.toFixed(2)}× (${paired.lowerQuartile.toFixed(2)}–${paired.upperQuartile.toFixed(2)}) | ${Math.round(app - bare)} ms |`,
    );
  }
  return lines.join("\n");
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
