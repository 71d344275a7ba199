import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { type DatasetRecord, readDatasetRecords, writeDatasetRecord } from "./dataset-results";
import { markdownTables, pairedSpread } from "./report";

const summary = (load: number, filter: number) => ({
  loadMilliseconds: { median: load, samples: [load] },
  filterMilliseconds: { median: filter, samples: [filter] },
  firstContentfulPaintMilliseconds: 900,
  mapCodeRunMilliseconds: 1100,
});

const record = (projects: number, commit: string): DatasetRecord => ({
  when: "2026-11-27T10:00:00.000Z",
  commit,
  runs: 5,
  filterChanges: 1,
  result: {
    label: String(projects),
    projects,
    projectDataBytes: 0,
    app: summary(1200, 600),
    bare: summary(1000, 500),
    ratios: { load: 1.2, filter: 1.2 },
  },
});

let directory = "";
afterEach(() => rmSync(directory, { recursive: true, force: true }));

describe("benchmark results per dataset", () => {
  it("keeps the rows of earlier runs and replaces a row measured again, fewest projects first", () => {
    directory = mkdtempSync(join(tmpdir(), "bench-results-"));
    writeDatasetRecord(directory, record(100000, "old"));
    writeDatasetRecord(directory, record(41, "old"));
    writeDatasetRecord(directory, record(41, "new"));
    writeFileSync(join(directory, "latest.json"), "{}"); // the whole-run file is not a row
    const records = readDatasetRecords(directory);
    expect(records.map((item) => [item.result.projects, item.commit])).toEqual([
      [41, "new"],
      [100000, "old"],
    ]);
  });

  it("says in each row how many runs it took and at which commit", () => {
    const table = markdownTables([record(10000, "abc1234")], {}, []);
    const row = table.split("\n").find((line) => line.startsWith("| 10,000 |"));
    expect(row).toContain("| 1200 ms | 1000 ms | 1.20× |");
    expect(row).toContain("| 5 × 1 | 2026-11-27, `abc1234` |");
    expect(row).toContain("| — | — |"); // rows measured before per-run ratios existed
  });

  it("pairs each app load with the bare load of the same run for the per-run ratio", () => {
    // Ratios 1.0, 1.5, 2.0, 1.1: a slow machine in run 3 slows both pages and does not show as overhead.
    const spread = pairedSpread([100, 150, 400, 110], [100, 100, 200, 100]);
    expect(spread.median).toBeCloseTo(1.3);
    expect(spread.lowerQuartile).toBeCloseTo(1.075);
    expect(spread.upperQuartile).toBeCloseTo(1.625);
  });

  it("reads nothing, rather than failing, before the first run", () => {
    expect(readDatasetRecords(join(tmpdir(), "no-such-bench-results"))).toEqual([]);
  });
});
