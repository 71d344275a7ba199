import { describe, expect, it } from "vitest";
import { formatImportMessage, formatImportProblem } from "./format-import-problem";
import type { ImportOutcome, ImportResult } from "./import-types";
import { parseGeojson } from "./parse-geojson";

function ok(outcome: ImportOutcome): ImportResult {
  if (!outcome.ok) throw new Error(`refused: ${outcome.refusal.code}`);
  return outcome.result;
}

const square = [
  [120.7, 30.7],
  [120.8, 30.7],
  [120.8, 30.8],
  [120.7, 30.8],
  [120.7, 30.7],
];

describe("parseGeojson", () => {
  it("names bad features by number and name and keeps the good ones", () => {
    const open = square.slice(0, 4);
    const text = JSON.stringify({
      type: "FeatureCollection",
      features: [
        { type: "Feature", properties: { 名称: "甲" }, geometry: { type: "Polygon", coordinates: [square] } },
        { type: "Feature", properties: {}, geometry: { type: "LineString", coordinates: [[120.7, 30.7]] } },
        {
          type: "Feature",
          properties: { 名称: "乙\u0007" },
          geometry: { type: "Polygon", coordinates: [[...open, [120.71, 30.7]]] },
        },
        { type: "Feature", properties: { name: "no shape" }, geometry: null },
      ],
    });
    const result = ok(parseGeojson(text, "zones.geojson"));
    expect([result.total, result.imported]).toEqual([4, 1]);
    expect(result.problems.map((problem) => formatImportProblem(problem, "en"))).toEqual([
      "feature 2: line has fewer than two positions",
      "feature 3 (乙): polygon ring not closed",
      "feature 4 (no shape): has no geometry",
    ]);
    expect(result.layer.geometryKind).toBe("polygon");
  });

  it("wraps a bare geometry as one feature and says so", () => {
    const result = ok(
      parseGeojson(
        JSON.stringify({
          type: "LineString",
          coordinates: [
            [120.7, 30.7],
            [120.8, 30.8],
          ],
        }),
        "a.json",
      ),
    );
    expect(result.imported).toBe(1);
    expect(result.layer.features.features[0]?.properties).toEqual({});
    expect(result.notes.map((note) => formatImportMessage(note, "en"))).toEqual([
      "The file holds a single geometry (LineString); it was imported as one feature.",
    ]);
  });

  it("refuses NaN and Infinity with a message that names them, and other broken JSON with the parser's words", () => {
    const nan = '{"type":"Point","coordinates":[NaN, 30.7]}';
    expect(parseGeojson(nan, "a.geojson")).toMatchObject({
      ok: false,
      refusal: { code: "json-not-a-number" },
    });
    expect(parseGeojson('{"type":"Point","coordinates":[-Infinity,1]}', "a.geojson")).toMatchObject({
      ok: false,
      refusal: { code: "json-not-a-number" },
    });
    const broken = parseGeojson('{"type": "Point",', "a.geojson");
    expect(broken).toMatchObject({ ok: false, refusal: { code: "invalid-json" } });
    if (!broken.ok) expect(String(broken.refusal.values.detail).length).toBeGreaterThan(0);
  });

  it("refuses JSON that is not GeoJSON and a projected coordinate system", () => {
    expect(parseGeojson("[1,2]", "a.json")).toMatchObject({ ok: false, refusal: { code: "not-geojson" } });
    const projected = {
      type: "FeatureCollection",
      crs: { type: "name", properties: { name: "urn:ogc:def:crs:EPSG::3857" } },
      features: [],
    };
    expect(parseGeojson(JSON.stringify(projected), "a.json")).toMatchObject({
      ok: false,
      refusal: { code: "unsupported-crs" },
    });
    const wgs84 = {
      ...projected,
      crs: { type: "name", properties: { name: "urn:ogc:def:crs:OGC:1.3:CRS84" } },
    };
    expect(parseGeojson(JSON.stringify(wgs84), "a.json")).toMatchObject({
      ok: false,
      refusal: { code: "no-features" },
    });
  });

  it("keeps HTML in every property as text and flattens nested values to text", () => {
    const html = "<script>alert(1)</script><b onclick=x>bold</b>";
    const text = JSON.stringify({
      type: "Feature",
      properties: {
        name: html,
        description: html,
        [html]: html,
        nested: { a: [1, 2] },
        flag: true,
        empty: null,
        count: 3,
      },
      geometry: { type: "Point", coordinates: [120.7, 30.7] },
    });
    const properties = ok(parseGeojson(text, "a.geojson")).layer.features.features[0]?.properties;
    expect(properties).toEqual({
      name: html,
      description: html,
      [html]: html,
      nested: '{"a":[1,2]}',
      flag: "true",
      count: 3,
    });
  });

  it("keeps a key named __proto__ as an ordinary property", () => {
    const text =
      '{"type":"Feature","properties":{"__proto__":{"polluted":1}},"geometry":{"type":"Point","coordinates":[120.7,30.7]}}';
    const properties = ok(parseGeojson(text, "a.geojson")).layer.features.features[0]?.properties as Record<
      string,
      unknown
    >;
    expect(Object.keys(properties)).toEqual(["__proto__"]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("converts BD-09 positions to WGS84 and flags out-of-region ones", () => {
    const text = JSON.stringify({
      type: "Feature",
      properties: {},
      geometry: { type: "Point", coordinates: [0.5, 0.5] },
    });
    const result = ok(parseGeojson(text, "a.geojson", { coordinateSystem: "BD-09" }));
    // Outside China the offset does not apply, but the point is outside the region: kept, flagged.
    expect(result.imported).toBe(1);
    expect(result.flagged[0]).toMatchObject({
      where: { kind: "feature", number: 1 },
      code: "outside-region",
    });
  });
});

describe("a GeometryCollection nested 1,000 deep (R7)", () => {
  it("leaves that feature out with a clear reason and keeps the others", () => {
    let geometry: unknown = { type: "Point", coordinates: [120.7, 30.7] };
    for (let level = 0; level < 1000; level++)
      geometry = { type: "GeometryCollection", geometries: [geometry] };
    const shallow = {
      type: "GeometryCollection",
      geometries: [
        { type: "GeometryCollection", geometries: [{ type: "Point", coordinates: [120.7, 30.7] }] },
      ],
    };
    const text = JSON.stringify({
      type: "FeatureCollection",
      features: [
        { type: "Feature", properties: { name: "deep" }, geometry },
        { type: "Feature", properties: { name: "shallow" }, geometry: shallow },
      ],
    });
    const result = ok(parseGeojson(text, "deep.geojson"));
    expect([result.total, result.imported]).toEqual([2, 1]);
    expect(result.problems.map((problem) => formatImportProblem(problem, "en"))).toEqual([
      "feature 1 (deep): GeometryCollections are nested more than 4 deep; the feature cannot be shown",
    ]);
    expect(formatImportProblem(result.problems[0] as never, "zh")).toBe(
      "第 1 个要素（deep）：几何集合（GeometryCollection）嵌套超过 4 层，无法显示",
    );
  });
});
