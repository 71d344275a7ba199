import { readdirSync, readFileSync } from "node:fs";
import type { FeatureCollection, Geometry, LineString, Position } from "geojson";
import { describe, expect, it } from "vitest";
import type { Precision } from "../../src/data/project-schema";
import { checkTownsOnLines, type NamedLine, readTowns, type Town, townsNamedIn } from "./towns-on-lines";

const WUZHEN: Town = {
  name_zh: "乌镇",
  name_en: "Wuzhen",
  longitude: 120.49556,
  latitude: 30.74611,
  source: "test",
};
const WUYUAN: Town = {
  name_zh: "武原",
  name_en: "Wuyuan",
  also_zh: ["海盐县城"],
  longitude: 120.94856,
  latitude: 30.51539,
  source: "test",
};
const PINGHU: Town = {
  name_zh: "平湖",
  name_en: "Pinghu",
  longitude: 121.01,
  latitude: 30.7,
  source: "test",
};
const NANXUN: Town = {
  name_zh: "南浔",
  name_en: "Nanxun",
  longitude: 120.42,
  latitude: 30.869,
  source: "test",
};

function line(coordinates: Position[], note_zh: string, precision: Precision = "schematic"): NamedLine {
  return {
    file: "waterway.geojson",
    id: "canal",
    precision,
    note_zh,
    geometry: { type: "LineString", coordinates },
  };
}

// About 1 km west of Wuzhen, running north–south past it.
const PAST_WUZHEN: Position[] = [
  [120.485, 30.77],
  [120.485, 30.72],
];
/** The same line moved east by `degrees` of longitude (0.01° ≈ 0.96 km here). */
const moved = (positions: Position[], degrees: number): Position[] =>
  positions.map(([longitude, latitude]) => [(longitude as number) + degrees, latitude as number]);

describe("towns named in a note", () => {
  const towns = [WUZHEN, WUYUAN, PINGHU, NANXUN];
  const named = (note: string) => townsNamedIn(note, towns).map((town) => town.name_zh);

  it("finds a town by its name, by another name, and in a station or interchange named after it", () => {
    expect(named("自鸭子坝经乌镇至齐界桥")).toEqual(["乌镇"]);
    expect(named("自海盐县城向西")).toEqual(["武原"]);
    expect(named("经乌镇南互通、平湖南站")).toEqual(["乌镇", "平湖"]);
    expect(named("平湖市区")).toEqual(["平湖"]);
  });

  it("does not take a county or district for the town it is named after", () => {
    expect(named("湖州南浔区练市附近")).toEqual([]);
    expect(named("平湖市境内")).toEqual([]);
    expect(named("经南浔区、南浔")).toEqual(["南浔"]);
  });
});

describe("lines pass the towns their notes name", () => {
  it("accepts a line within its precision of every named town", () => {
    expect(checkTownsOnLines([line(PAST_WUZHEN, "自鸭子坝经乌镇")], [WUZHEN])).toEqual([]);
  });

  it("fails a line that has drifted away from a town its note names, and says by how much", () => {
    const drifted = line(moved(PAST_WUZHEN, 0.06), "自鸭子坝经乌镇");
    const problems = checkTownsOnLines([drifted], [WUZHEN]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: "waterway.geojson", featureId: "canal", field: "note_zh" });
    expect(problems[0]?.message).toMatch(
      /^names 乌镇 \(Wuzhen\), but the line passes 4\.\d km from it; a schematic line must pass within 4\.0 km/,
    );
  });

  it("holds a more precise line closer: 1.5 km for approximate, 100 m for exact", () => {
    const twoKilometresOff = moved(PAST_WUZHEN, 0.03);
    expect(checkTownsOnLines([line(twoKilometresOff, "经乌镇", "schematic")], [WUZHEN])).toEqual([]);
    expect(checkTownsOnLines([line(twoKilometresOff, "经乌镇", "approximate")], [WUZHEN])).toHaveLength(1);
    expect(checkTownsOnLines([line(PAST_WUZHEN, "经乌镇", "exact")], [WUZHEN])).toHaveLength(1);
  });

  it("measures to the nearest part of a MultiLineString and leaves points and zones alone", () => {
    const far = moved(PAST_WUZHEN, 0.5);
    const multi: Geometry = { type: "MultiLineString", coordinates: [far, PAST_WUZHEN] };
    expect(checkTownsOnLines([{ ...line(far, "经乌镇"), geometry: multi }], [WUZHEN])).toEqual([]);
    const site: Geometry = { type: "Point", coordinates: [121.5, 30.2] };
    expect(checkTownsOnLines([{ ...line(far, "位于乌镇"), geometry: site }], [WUZHEN])).toEqual([]);
  });
});

describe("the towns file", () => {
  it("reports a town without a source or outside the region, and keeps the rest", () => {
    const json = JSON.stringify({
      towns: [WUZHEN, { ...WUYUAN, source: "" }, { ...PINGHU, longitude: 30.7, latitude: 121.01 }],
    });
    const read = readTowns(json, "data/towns.json");
    expect(read.towns.map((town) => town.name_zh)).toEqual(["乌镇"]);
    expect(read.problems.map((found) => found.message)).toEqual([
      "武原: a position needs its source",
      "平湖: [30.7, 121.01] is outside the region",
    ]);
  });
});

// The repository's own data: the check `npm run validate` runs, and what it does to a drifted canal.
describe("the project data", () => {
  const { towns, problems } = readTowns(readFileSync("data/towns.json", "utf8"), "data/towns.json");
  const files = readdirSync("data/projects").map((name) => `data/projects/${name}`);
  const lines: NamedLine[] = [...files, "data/courses.geojson"].flatMap((file) =>
    (JSON.parse(readFileSync(file, "utf8")) as FeatureCollection).features.map((feature) => ({
      file,
      id: String(feature.id),
      precision: feature.properties?.precision as Precision,
      note_zh: feature.properties?.note_zh as string | undefined,
      geometry: feature.geometry,
    })),
  );

  it("has sourced positions for every town, and every line passes the towns its note names", () => {
    expect(problems).toEqual([]);
    expect(towns.length).toBeGreaterThanOrEqual(15);
    expect(checkTownsOnLines(lines, towns)).toEqual([]);
  });

  it("would fail the Grand Canal work drawn on its old course, 11 km east of Wuzhen", () => {
    const canal = lines.find((candidate) => candidate.id === "grand-canal-jiaxing-section") as NamedLine;
    expect(canal.note_zh).toContain("乌镇");
    const coordinates = (canal.geometry as LineString).coordinates;
    const drifted = { ...canal, geometry: { type: "LineString", coordinates: moved(coordinates, 0.115) } };
    const found = checkTownsOnLines([drifted as NamedLine], towns);
    expect(found.some((item) => item.message.startsWith("names 乌镇 (Wuzhen), but the line passes"))).toBe(
      true,
    );
  });
});
