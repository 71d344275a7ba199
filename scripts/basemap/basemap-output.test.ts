// Checks the committed data/basemap files: that they are exactly what the build gives, and that they
// put known places where they belong.
import { readFileSync } from "node:fs";
import { booleanPointInPolygon, point } from "@turf/turf";
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from "geojson";
import { describe, expect, it } from "vitest";
import { buildBasemapFiles } from "./build";
import { BASEMAP_OUTPUT_DIRECTORY } from "./paths";
import { invalidAreas } from "./validity";

const FILES = [
  "land",
  "neighbours",
  "neighbour-labels",
  "counties",
  "city-outline",
  "places",
  "reference-points",
];

function readText(name: string): string {
  return readFileSync(`${BASEMAP_OUTPUT_DIRECTORY}${name}.geojson`, "utf8");
}

function readAreas(name: string): Feature<Polygon | MultiPolygon>[] {
  return (JSON.parse(readText(name)) as FeatureCollection<Polygon | MultiPolygon>).features;
}

function countiesContaining(longitude: number, latitude: number): string[] {
  return readAreas("counties")
    .filter((county) => booleanPointInPolygon(point([longitude, latitude]), county))
    .map((county) => String(county.id));
}

// WGS84 reference positions (lon, lat) from the project's shared reference list (GeoNames and
// Wikipedia), with the county each lies in.
const REFERENCE_POINTS: readonly [string, number, number, string[]][] = [
  ["Jiaxing city centre", 120.75, 30.7522, ["330402", "330411"]],
  ["Tongxiang", 120.56081, 30.63287, ["330483"]],
  ["Haining", 120.68638, 30.53629, ["330481"]],
  ["Weitang (Jiashan)", 120.91138, 30.85021, ["330421"]],
  ["Wuyuan (Haiyan)", 120.94856, 30.51539, ["330424"]],
  ["Pinghu", 121.01029, 30.70121, ["330482"]],
  ["Wuzhen", 120.49556, 30.74611, ["330483"]],
  ["Zhapu", 121.0954, 30.6041, ["330482"]],
];

// Open water of Hangzhou Bay between Haiyan/Pinghu and Ningbo/Shaoxing (lon, lat).
const BAY_POINTS: readonly [number, number][] = [
  [121.0, 30.45],
  [121.2, 30.4],
  [121.3, 30.55],
  [120.95, 30.3],
  [121.05, 30.35],
];

// Land near each inland corner of the camera's max bounds (Jiangxi, Anhui and Jiangsu), which a
// wide view shows: it must be filled, or the land would end in a visible straight edge.
const INLAND_CORNERS: readonly [number, number][] = [
  [117.55, 28.55],
  [117.55, 33.45],
  [119.5, 33.45],
];

// Open East China Sea and Yellow Sea inside the max bounds: left unfilled, so the background sea shows.
const OPEN_SEA: readonly [number, number][] = [
  [124.45, 28.55],
  [124.45, 33.45],
  [123.0, 31.0],
];

describe("committed basemap", () => {
  const built = buildBasemapFiles();

  it.each(built.map((file) => [file.file, file.text]))("%s matches a fresh build", (file, text) => {
    expect(readFileSync(`${BASEMAP_OUTPUT_DIRECTORY}${file}`, "utf8")).toBe(text);
  });

  it("stays under 400 kB in total", () => {
    const bytes = FILES.reduce((sum, name) => sum + Buffer.byteLength(readText(name)), 0);
    expect(bytes).toBeLessThan(400_000);
  });

  it.each(FILES)("%s has only valid polygons", (name) => {
    expect(invalidAreas(JSON.parse(readText(name)) as FeatureCollection)).toEqual([]);
  });

  it.each(REFERENCE_POINTS)("%s lies in the right county", (_name, longitude, latitude, expected) => {
    const found = countiesContaining(longitude, latitude);
    expect(found).toHaveLength(1);
    expect(expected).toContain(found[0]);
  });

  it.each(INLAND_CORNERS)("land at the max bounds' corner %f, %f is filled", (longitude, latitude) => {
    const land = readAreas("land");
    expect(land.some((fill) => booleanPointInPolygon(point([longitude, latitude]), fill))).toBe(true);
  });

  it.each(OPEN_SEA)("open sea at %f, %f is not land", (longitude, latitude) => {
    const land = readAreas("land");
    expect(land.some((fill) => booleanPointInPolygon(point([longitude, latitude]), fill))).toBe(false);
  });

  it("labels each neighbour once, inside its own fill", () => {
    const labels = (JSON.parse(readText("neighbour-labels")) as FeatureCollection).features;
    const fills = readAreas("neighbours");
    expect(labels.map((label) => label.id)).toEqual(fills.map((fill) => fill.id));
    for (const label of labels) {
      const fill = fills.find((candidate) => candidate.id === label.id);
      if (!fill || label.geometry.type !== "Point") throw new Error(`label ${label.id} has no fill`);
      expect(booleanPointInPolygon(label.geometry.coordinates, fill)).toBe(true);
    }
  });

  it.each(BAY_POINTS)("Hangzhou Bay at %f, %f is not covered by any fill", (longitude, latitude) => {
    const fills = ["land", "neighbours", "counties"].flatMap(readAreas);
    expect(fills.filter((fill) => booleanPointInPolygon(point([longitude, latitude]), fill))).toEqual([]);
  });
});
