// One JSON file per dataset under bench-results/, so a run of some sizes (BENCH_SIZES=41,10000) refreshes
// their rows and keeps the rows of sizes measured in an earlier run (100 000 projects take most of an
// hour). Each row says when, at which commit and with how many runs it was measured; app and bare of one
// row always come from the same run.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Bytes, FirstJavaScript } from "./byte-budget";
import { type DatasetResult, writeJson } from "./report";

export interface DatasetRecord {
  when: string; // ISO date and time of the run
  commit: string; // `git describe --always --dirty` of the measured tree
  runs: number;
  filterChanges: number; // filter changes per load
  result: DatasetResult;
  // The shipped 41-project row only: what the build weighs, measured with that row.
  firstViewBytes?: Bytes;
  buildBytes?: Bytes;
  firstJavaScript?: FirstJavaScript;
}

const PREFIX = "dataset-";

export function currentCommit(repository: string): string {
  try {
    return execFileSync("git", ["describe", "--always", "--dirty"], {
      cwd: repository,
      encoding: "utf8",
    }).trim();
  } catch {
    return "unknown";
  }
}

export function writeDatasetRecord(directory: string, record: DatasetRecord): void {
  writeJson(join(directory, `${PREFIX}${record.result.label}.json`), record);
}

/** Every dataset measured so far, fewest projects first. */
export function readDatasetRecords(directory: string): DatasetRecord[] {
  if (!existsSync(directory)) return [];
  return readdirSync(directory)
    .filter((file) => file.startsWith(PREFIX) && file.endsWith(".json"))
    .map((file) => JSON.parse(readFileSync(join(directory, file), "utf8")) as DatasetRecord)
    .sort((left, right) => left.result.projects - right.result.projects);
}
