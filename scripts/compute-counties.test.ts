// End to end on a temporary copy of a fixture: the script must rewrite counties and beyond_city from the
// geometry, and write the same bytes when run again.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../", import.meta.url));
const directories: string[] = [];

afterEach(() => {
  for (const directory of directories.splice(0)) rmSync(directory, { recursive: true, force: true });
});

// Copies each fixture to a temporary folder and runs the script once over all the copies (a process
// start costs seconds on a busy machine; the script takes several files).
function computeOn(...fixtures: string[]): string[] {
  const directory = mkdtempSync(join(tmpdir(), "compute-counties-"));
  directories.push(directory);
  const files = fixtures.map((fixture, index) => {
    const file = join(directory, `${index}-${fixture.split("/").pop()}`);
    copyFileSync(join(root, "tests/fixtures", fixture), file);
    return file;
  });
  const args = [
    "tsx",
    "scripts/compute-counties.ts",
    ...files,
    "--counties",
    "tests/fixtures/counties/counties.geojson",
  ];
  const run = spawnSync("npx", args, { cwd: root, encoding: "utf8" });
  expect(run.status, run.stderr).toBe(0);
  return files;
}

// Each run starts a process (seconds on a busy machine), hence the longer timeout.
describe("npm run data:counties", { timeout: 60_000 }, () => {
  it("rewrites counties and beyond_city from the geometry, and writes an unchanged file's own bytes", () => {
    const [inconsistent, unchanged] = computeOn(
      "invalid/beyond-city-inconsistent.geojson",
      "valid/railway.geojson",
    ) as [string, string];
    const properties = JSON.parse(readFileSync(inconsistent, "utf8")).features[0].properties;
    expect([properties.counties, properties.beyond_city]).toEqual([["330402", "330411"], true]);
    expect(readFileSync(unchanged, "utf8")).toBe(
      readFileSync(join(root, "tests/fixtures/valid/railway.geojson"), "utf8"),
    );
  });
});
