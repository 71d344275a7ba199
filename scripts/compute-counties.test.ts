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

function computeOn(fixture: string): string {
  const directory = mkdtempSync(join(tmpdir(), "compute-counties-"));
  directories.push(directory);
  const file = join(directory, "railway.geojson");
  copyFileSync(join(root, "tests/fixtures", fixture), file);
  const args = [
    "tsx",
    "scripts/compute-counties.ts",
    file,
    "--counties",
    "tests/fixtures/counties/counties.geojson",
  ];
  const run = spawnSync("npx", args, { cwd: root, encoding: "utf8" });
  expect(run.status).toBe(0);
  return file;
}

// Each run starts a process (seconds on a busy machine), hence the longer timeout.
describe("npm run data:counties", { timeout: 60_000 }, () => {
  it("rewrites counties and beyond_city from the geometry", () => {
    const file = computeOn("invalid/beyond-city-inconsistent.geojson");
    const properties = JSON.parse(readFileSync(file, "utf8")).features[0].properties;
    expect([properties.counties, properties.beyond_city]).toEqual([["330402", "330411"], true]);
  });

  it("writes exactly the fixture's own formatting when nothing changes", () => {
    const file = computeOn("valid/railway.geojson");
    expect(readFileSync(file, "utf8")).toBe(
      readFileSync(join(root, "tests/fixtures/valid/railway.geojson"), "utf8"),
    );
  });
});
