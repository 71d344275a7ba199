// The label font holds every character the shipped names use, and printable ASCII.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { repositoryPath } from "./basemap/paths";
import { codePointsOf, LABELLED_BASEMAP_FILES, readLabelCharacters } from "./label-characters";

const scratch = mkdtempSync(join(tmpdir(), "label-characters-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const has = (points: number[], text: string) =>
  [...text].every((c) => points.includes(c.codePointAt(0) as number));

describe("readLabelCharacters", () => {
  it("reads the names of the shipped projects and of the basemap's labelled layers", () => {
    const { codePoints, files } = readLabelCharacters(
      repositoryPath("data/projects"),
      repositoryPath("data/basemap"),
    );
    // A project (杭海城际铁路), a county (海盐县), a neighbouring city (杭州), English names and "5 km".
    expect(has(codePoints, "杭海城际铁路海盐县杭州")).toBe(true);
    expect(has(codePoints, "Hangzhou–Haining Intercity Railway")).toBe(true); // with its en dash
    expect(has(codePoints, "0123456789 km")).toBe(true);
    expect(codePoints).toEqual([...codePoints].sort((a, b) => a - b));
    expect(new Set(codePoints).size).toBe(codePoints.length);
    expect(files).toContain(repositoryPath("data/projects/railway.geojson"));
    for (const name of LABELLED_BASEMAP_FILES)
      expect(files).toContain(repositoryPath(`data/basemap/${name}`));
  });

  it("takes every name… property of a swapped directory, and skips a broken or missing file", () => {
    const feature = (properties: object) => ({ type: "Feature", geometry: null, properties });
    writeFileSync(
      join(scratch, "a.geojson"),
      JSON.stringify({
        type: "FeatureCollection",
        features: [feature({ name_zh: "乍浦港", name_en: "Zhapu", note: "忽略" })],
      }),
    );
    writeFileSync(join(scratch, "broken.geojson"), "{ not json");
    writeFileSync(join(scratch, "readme.txt"), "澉浦");
    const { codePoints, files } = readLabelCharacters(scratch, join(scratch, "no-basemap"));
    expect(has(codePoints, "乍浦港Zhapu")).toBe(true);
    expect(codePoints).not.toContain("忽".codePointAt(0)); // not a name
    expect(codePoints).not.toContain("澉".codePointAt(0)); // not a GeoJSON file
    expect(files.filter((file) => file.startsWith(scratch) && file.endsWith(".geojson"))).toHaveLength(2 + 3);
  });

  it("counts characters by code point, so a character outside the BMP is one character", () => {
    expect(codePointsOf(["𠀀a", "a"])).toEqual([0x61, 0x20000]);
  });
});
