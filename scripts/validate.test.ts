// The CLI as `npm run validate` runs it, on fixtures only (tests/fixtures), so these tests do not depend on
// the project data or basemap other people are building. One run starts the real process (exit code and
// output as a shell sees them); the other cases call the same `main` in this process, which is what the
// command runs, without a process start each (seconds on a busy machine).
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it, vi } from "vitest";
import { main } from "./validate";

const root = fileURLToPath(new URL("../", import.meta.url));
const fixtures = [
  "--plan",
  "tests/fixtures/plan.zh.txt",
  "--counties",
  "tests/fixtures/counties/counties.geojson",
];

/** What `main` prints, as the lines of its standard output, and its exit code. */
function validate(...args: string[]) {
  const printed: string[] = [];
  const capture = (...parts: unknown[]) => printed.push(parts.map(String).join(" "));
  vi.spyOn(console, "log").mockImplementation(capture);
  vi.spyOn(console, "error").mockImplementation(capture);
  const status = main(args);
  return { status, lines: printed.join("\n").trim().split("\n") };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("npm run validate", () => {
  it("as a process: prints a faulty file's problem and a summary, and exits 1", { timeout: 60_000 }, () => {
    const run = spawnSync(
      process.execPath,
      [
        "--import",
        "tsx",
        "scripts/validate.ts",
        "tests/fixtures/invalid/unknown-pillar.geojson",
        ...fixtures,
      ],
      { cwd: root, encoding: "utf8" },
    );
    expect([run.status, run.stdout.trim().split("\n")]).toEqual([
      1,
      [
        'tests/fixtures/invalid/unknown-pillar.geojson: hangzhou-haining-intercity-railway: pillar: "hubb" is not one of hub, innovation, quality, openness',
        "validated 1 file, 1 feature (0 valid): 1 problem",
      ],
    ]);
  });

  it("exits 0 on a valid file, judging beyond_city by the union of the given counties", () => {
    const run = validate("tests/fixtures/valid/railway.geojson", ...fixtures);
    expect([run.status, run.lines]).toEqual([0, ["validated 1 file, 3 features (3 valid): 0 problems"]]);
  });

  it("reports an id used in two files", () => {
    const run = validate(
      "tests/fixtures/valid/railway.geojson",
      "tests/fixtures/invalid/unknown-status.geojson",
      ...fixtures,
    );
    expect(run.status).toBe(1);
    expect(run.lines).toContain(
      'tests/fixtures/invalid/unknown-status.geojson: hangzhou-haining-intercity-railway: id: "hangzhou-haining-intercity-railway" is already used by a feature in another project file; ids must be unique',
    );
  });

  it("reports a missing counties file as a problem", () => {
    const run = validate(
      "tests/fixtures/valid/railway.geojson",
      "--plan",
      "tests/fixtures/plan.zh.txt",
      "--counties",
      "tests/fixtures/none.geojson",
    );
    expect([run.status, run.lines[0]]).toEqual([
      1,
      "tests/fixtures/none.geojson: -: file: missing; counties and beyond_city were not checked",
    ]);
  });

  it("prints usage for --help and exits 0", () => {
    const run = validate("--help");
    expect([run.status, run.lines[0]]).toEqual([
      0,
      "Usage: npm run validate -- [files…] [--plan PATH] [--counties PATH] [--outline PATH]",
    ]);
  });
});
