// The planner's exports as a GIS reads them: GDAL's ogrinfo opens the coverage CSV, the zone CSV and the
// selection GeoJSON (as drawn and clipped) from the shipped data, with the expected fields and counts.
// ogrinfo comes from Debian's gdal-bin (scripts/install-test-tools.sh); without it the test is skipped
// and says why.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import type { CountyCollection } from "../data/basemap-schema";
import type { ProjectFeature } from "../data/project-schema";
import {
  coverageCsvHeaders,
  rowLabel,
  ZONE_FILE_NAME,
  zoneCsvHeaders,
} from "../state/planner/planner-format";
import { coverageCsv } from "./coverage-csv";
import { coverageTable } from "./coverage-table";
import { selectionInArea } from "./select-by-area";
import { selectionGeojson } from "./selection-geojson";
import { zoneBreakdownCsv } from "./zone-breakdown-csv";

function hasOgrinfo(): boolean {
  try {
    execFileSync("ogrinfo", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}
const available = hasOgrinfo();
if (!available) console.warn("exports-gdal.test.ts skipped: ogrinfo not found (apt-get install gdal-bin)");

const root = resolve(import.meta.dirname, "../..");
const counties = JSON.parse(
  readFileSync(resolve(root, "data/basemap/counties.geojson"), "utf8"),
) as CountyCollection;
const projects = readdirSync(resolve(root, "data/projects"))
  .filter((file) => file.endsWith(".geojson"))
  .flatMap(
    (file) =>
      JSON.parse(readFileSync(resolve(root, "data/projects", file), "utf8")).features as ProjectFeature[],
  );
const nameOf = (id: string) =>
  projects.find((project) => project.properties.id === id)?.properties.name_en ?? id;
// -al: every layer; -so: summary only (fields and counts); -q: no per-layer banner noise.
const ogrinfo = (file: string, ...options: string[]) =>
  execFileSync("ogrinfo", ["-ro", "-al", ...options, file], { encoding: "utf8" });

describe.skipIf(!available)("the planner's exports in GDAL", () => {
  const directory = mkdtempSync(join(tmpdir(), "planner-exports-"));
  const table = coverageTable(projects, counties, 10);
  if (!table.ok) throw new Error(table.message_en);

  it("reads the coverage CSV: 8 records, the table's columns, shares in percent", () => {
    const file = join(directory, "jiaxing-coverage-10km.csv");
    writeFileSync(
      file,
      coverageCsv(table.value.rows, {
        headers: coverageCsvHeaders("en", 10),
        rowLabel: (row) => rowLabel("en", row),
        nameOf,
      }),
    );
    const summary = ogrinfo(file, "-so");
    expect(summary).toMatch(/Feature Count: 8/);
    expect(summary).toContain("Land share within 10 km of railway (%)");
    expect(summary).not.toMatch(/ERROR|Warning/);
    // Every record in full: the city's rail share is a percentage, not a fraction.
    const records = ogrinfo(file, "-oo", "AUTODETECT_TYPE=YES");
    const share = /Land share within 10 km of railway \(%\) \(Real\) = ([\d.]+)/g;
    const shares = [...records.matchAll(share)].map((match) => Number(match[1]));
    expect(shares).toHaveLength(8);
    expect(Math.max(...shares)).toBeGreaterThan(1);
    expect(Math.max(...shares)).toBeLessThanOrEqual(100);
  });

  it("reads the zone breakdown CSV", () => {
    const file = join(directory, ZONE_FILE_NAME);
    writeFileSync(
      file,
      zoneBreakdownCsv(table.value.zones, {
        headers: zoneCsvHeaders("zh"),
        countyName: (adcode) => rowLabel("zh", { adcode }),
        nameOf,
        layerName: (layer) => layer,
        kindName: (kind) => kind,
      }),
    );
    const summary = ogrinfo(file, "-so");
    expect(summary).toContain(`Feature Count: ${table.value.zones.length}`);
    expect(summary).toContain("占区县土地（%）");
  });

  it("reads the selection GeoJSON, as drawn and clipped, with the measures inside", () => {
    const haiyan = counties.features.find((county) => county.properties.adcode === "330424");
    const selection = selectionInArea(haiyan, projects);
    if (!selection.ok) throw new Error(selection.message_en);
    const count = selection.value.projects.length;
    expect(count).toBeGreaterThan(0);
    for (const clipped of [false, true]) {
      const file = join(directory, `selection-${clipped}.geojson`);
      const options = clipped ? { clipTo: selection.value.shape } : {};
      writeFileSync(file, selectionGeojson(selection.value.projects, options));
      const summary = ogrinfo(file, "-so");
      expect(summary).toContain(`Feature Count: ${count}`);
      expect(summary).toMatch(/length_inside_km: Real/);
      expect(summary).toMatch(/area_inside_km2: Real/);
      expect(summary).not.toMatch(/ERROR/);
    }
  });
});
