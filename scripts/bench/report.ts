// Turns the samples into medians, ratios and target checks; prints them as a table, writes them as JSON
// and refreshes the figures block of docs/performance.md.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import type { Bytes } from "./byte-budget";
import type { DatasetRecord } from "./dataset-results";
import type { LoadSample } from "./measure-page";

export interface DatasetResult {
  label: string;
  projects: number;
  projectDataBytes: number;
  app: PageSummary;
  bare: PageSummary;
  ratios: { load: number; filter: number }; // median of the app ÷ median of the bare page
  // Run by run (app and bare loads alternate, so each pair met the same machine): the median ratio and
  // the middle half of the ratios, to show how much of a difference is noise.
  pairedRatios?: { load: Spread; filter: Spread };
}

export interface Spread {
  median: number;
  lowerQuartile: number;
  upperQuartile: number;
}

export interface PageSummary {
  loadMilliseconds: { median: number; samples: number[] };
  filterMilliseconds: { median: number; samples: number[] };
  // Pointer onto a project → the next frame with it outlined (absent in records from before it was measured).
  hoverMilliseconds?: { median: number; samples: number[] };
  firstContentfulPaintMilliseconds: number | null; // median
  mapCodeRunMilliseconds: number | null; // median
}

export interface Target {
  name: string;
  value: number;
  limit: number;
  unit: string;
  met: boolean;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].filter(Number.isFinite).sort((left, right) => left - right);
  if (sorted.length === 0) return Number.NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** Quartiles of app[i] ÷ bare[i] over the pairs both pages measured. */
export function pairedSpread(app: readonly number[], bare: readonly number[]): Spread {
  const ratios = app
    .map((value, index) => value / (bare[index] ?? Number.NaN))
    .filter(Number.isFinite)
    .sort((left, right) => left - right);
  const quantile = (share: number) => {
    if (ratios.length === 0) return Number.NaN;
    const position = (ratios.length - 1) * share;
    const below = ratios[Math.floor(position)] as number;
    const above = ratios[Math.ceil(position)] as number;
    return below + (above - below) * (position - Math.floor(position));
  };
  return { median: quantile(0.5), lowerQuartile: quantile(0.25), upperQuartile: quantile(0.75) };
}

export function summarise(samples: readonly LoadSample[]): PageSummary {
  const optional = (values: (number | null)[]) => {
    const present = values.filter((value): value is number => value !== null);
    return present.length > 0 ? median(present) : null;
  };
  const load = samples.map((sample) => sample.idleMilliseconds);
  const filter = samples.flatMap((sample) => sample.filterMilliseconds);
  const hover = samples.flatMap((sample) => sample.hoverMilliseconds);
  return {
    loadMilliseconds: { median: median(load), samples: load },
    filterMilliseconds: { median: median(filter), samples: filter },
    hoverMilliseconds: { median: median(hover), samples: hover },
    firstContentfulPaintMilliseconds: optional(
      samples.map((sample) => sample.firstContentfulPaintMilliseconds),
    ),
    mapCodeRunMilliseconds: optional(samples.map((sample) => sample.mapCodeRunMilliseconds)),
  };
}

const kilobytes = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const milliseconds = (value: number | null) =>
  value === null || !Number.isFinite(value) ? "—" : `${Math.round(value)} ms`;
const ratio = (value: number) => `${value.toFixed(2)}×`;
const spread = (value: Spread | undefined) =>
  value
    ? `${ratio(value.median)} (${value.lowerQuartile.toFixed(2)}–${value.upperQuartile.toFixed(2)})`
    : "—";

export function markdownTables(
  records: readonly DatasetRecord[],
  bytes: Record<string, Bytes>,
  targets: readonly Target[],
): string {
  const lines = [
    "| projects | load: app | load: bare | ratio | filter: app | filter: bare | ratio | hover: app | hover: bare | per-run ratio: load | per-run ratio: filter | app first paint | MapLibre run | runs × filter changes | measured |",
    "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |",
    ...records.map(({ result, runs, filterChanges, when, commit }) =>
      [
        result.projects.toLocaleString("en"),
        milliseconds(result.app.loadMilliseconds.median),
        milliseconds(result.bare.loadMilliseconds.median),
        ratio(result.ratios.load),
        milliseconds(result.app.filterMilliseconds.median),
        milliseconds(result.bare.filterMilliseconds.median),
        ratio(result.ratios.filter),
        milliseconds(result.app.hoverMilliseconds?.median ?? null),
        milliseconds(result.bare.hoverMilliseconds?.median ?? null),
        spread(result.pairedRatios?.load),
        spread(result.pairedRatios?.filter),
        milliseconds(result.app.firstContentfulPaintMilliseconds),
        milliseconds(result.app.mapCodeRunMilliseconds),
        `${runs} × ${filterChanges}`,
        `${when.slice(0, 10)}, \`${commit}\``,
      ]
        .join(" | ")
        .replace(/^/, "| ")
        .replace(/$/, " |"),
    ),
    "",
    "| bytes | JS raw | JS gzip | CSS raw | CSS gzip | fonts | data raw | data gzip |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...Object.entries(bytes).map(
      ([name, total]) =>
        `| ${name} | ${kilobytes(total.js.raw)} | ${kilobytes(total.js.gzip)} | ${kilobytes(total.css.raw)} | ${kilobytes(total.css.gzip)} | ${kilobytes(total.font.raw)} (${total.font.files} files) | ${kilobytes(total.data.raw)} | ${kilobytes(total.data.gzip)} |`,
    ),
    "",
    "| target | measured | limit | met |",
    "| --- | ---: | ---: | --- |",
    ...targets.map(
      (target) =>
        `| ${target.name} | ${target.value.toFixed(2)} ${target.unit} | ${target.limit} ${target.unit} | ${target.met ? "yes" : "**no**"} |`,
    ),
  ];
  return lines.join("\n");
}

export function writeJson(file: string, value: unknown): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
}

const BEGIN = "<!-- bench:begin -->";
const END = "<!-- bench:end -->";

/** Replaces the text between the bench markers of a Markdown file, if it has them. */
export function refreshMarkdown(file: string, block: string): boolean {
  if (!existsSync(file)) return false;
  const text = readFileSync(file, "utf8");
  const start = text.indexOf(BEGIN);
  const end = text.indexOf(END);
  if (start < 0 || end < start) return false;
  writeFileSync(file, `${text.slice(0, start + BEGIN.length)}\n${block}\n${text.slice(end)}`);
  return true;
}
