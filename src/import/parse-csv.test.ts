import gcoord from "gcoord";
import { describe, expect, it } from "vitest";
import { positionOf } from "../../tests/support/position-of";
import { formatImportProblem } from "./format-import-problem";
import type { ImportOptions, ImportOutcome, ImportResult } from "./import-types";
import { parseCsv } from "./parse-csv";

function read(text: string, options: ImportOptions = {}): ImportOutcome {
  return parseCsv({ text, fileName: "sites.csv", byteLength: text.length }, options);
}

function ok(outcome: ImportOutcome): ImportResult {
  if (!outcome.ok) throw new Error(`refused: ${outcome.refusal.code}`);
  return outcome.result;
}

describe("parseCsv", () => {
  it("numbers bad rows as a spreadsheet does and keeps the good ones", () => {
    const lines = ["name,lon,lat"];
    for (let row = 2; row <= 11; row++) lines.push(`site ${row},120.75,30.75`);
    // lines[0] is the header, spreadsheet row 1, so lines[7] is row 8.
    lines[7] = "site 8,120.75,abc";
    lines[9] = "site 10,999,30.75";
    const result = ok(read(lines.join("\n")));
    expect(result.total).toBe(10);
    expect(result.imported).toBe(8);
    expect(result.problems.map((problem) => formatImportProblem(problem, "en"))).toEqual([
      "row 8: latitude 'abc' is not a number",
      "row 10: longitude 999 is outside \u2212180…180",
    ]);
    expect(formatImportProblem(result.problems[0] as never, "zh")).toBe("第 8 行：纬度“abc”不是数字");
    expect(result.layer.geometryKind).toBe("point");
    expect(result.layer.name).toBe("sites");
  });

  it("finds Chinese and upper-case coordinate headers and keeps every other column as text", () => {
    const result = ok(read('名称,经度,纬度,code\n"南湖, 东",120.76,30.75,00123\n'));
    const feature = result.layer.features.features[0];
    expect(positionOf(result)).toEqual([120.76, 30.75]);
    expect(feature?.properties).toEqual({ 名称: "南湖, 东", code: "00123" });
    expect(ok(read("NAME,LNG,LAT\na,120.7,30.7")).imported).toBe(1);
  });

  it("uses the columns the user names", () => {
    expect(ok(read("E,N\n120.7,30.7", { longitudeColumn: "e", latitudeColumn: "N" })).imported).toBe(1);
    const missing = read("E,N\n120.7,30.7", { longitudeColumn: "east", latitudeColumn: "N" });
    expect(missing).toMatchObject({
      ok: false,
      refusal: { code: "named-column-missing", values: { column: "east" } },
    });
  });

  it("refuses a table without coordinate columns, naming its headers", () => {
    expect(read("name,address\na,b")).toMatchObject({
      ok: false,
      refusal: { code: "no-coordinate-columns", values: { columns: "name, address" } },
    });
  });

  it("converts GCJ-02 positions to within 10 m of their WGS84 origin", () => {
    const wgs84: [number, number] = [120.755, 30.746];
    const shifted = gcoord.transform(wgs84, gcoord.WGS84, gcoord.GCJ02) as [number, number];
    const result = ok(read(`lon,lat\n${shifted[0]},${shifted[1]}`, { coordinateSystem: "GCJ-02" }));
    const [longitude, latitude] = positionOf(result) as [number, number];
    // One degree of latitude is about 111.2 km; of longitude, 111.2 km × cos 30.7°.
    const metres = Math.hypot(
      (longitude - wgs84[0]) * 111_200 * Math.cos((30.7 * Math.PI) / 180),
      (latitude - wgs84[1]) * 111_200,
    );
    expect(metres).toBeLessThan(10);
    // The offset itself is hundreds of metres, so the test would fail without the conversion.
    const offset = Math.hypot((shifted[0] - wgs84[0]) * 95_600, (shifted[1] - wgs84[1]) * 111_200);
    expect(offset).toBeGreaterThan(100);
  });

  it("keeps but flags positions outside the map's region", () => {
    const result = ok(read("lon,lat\n116.4,39.9\n120.7,30.7"));
    expect(result.imported).toBe(2);
    expect(result.flagged).toEqual([
      {
        where: { kind: "row", number: 2 },
        code: "outside-region",
        values: { longitude: 116.4, latitude: 39.9 },
      },
    ]);
  });

  it("keeps markup in cells as plain text and strips control characters from headers", () => {
    const html = '<img src=x onerror="alert(1)">';
    const result = ok(read(`lon,lat,"na\u0007me"\n120.7,30.7,"${html.replaceAll('"', '""')}"`));
    expect(result.layer.features.features[0]?.properties).toEqual({ name: html });
  });

  it("lists the first 100 of 10,000 bad rows and counts the rest", () => {
    const text = `lon,lat\n${Array.from({ length: 10_000 }, () => "x,y").join("\n")}`;
    const result = ok(read(text));
    expect(result.imported).toBe(0);
    expect(result.total).toBe(10_000);
    expect(result.problems).toHaveLength(100);
    expect(result.problemsNotListed).toBe(9_900);
    expect(result.problems[99]?.where.number).toBe(101);
  });

  it("skips blank lines without renumbering the rows after them", () => {
    const result = ok(read("lon,lat\n120.7,30.7\n\n120.7,bad\n"));
    expect(result.total).toBe(2);
    expect(result.problems[0]?.where.number).toBe(4);
  });

  it("refuses a header without rows, and an empty text", () => {
    expect(read("lon,lat\n")).toMatchObject({ ok: false, refusal: { code: "no-rows" } });
    expect(read("")).toMatchObject({ ok: false, refusal: { code: "empty-file" } });
  });

  it("reads a table in several chunks, losing no row at a chunk boundary, and reports progress", () => {
    // 2.2 MB: three chunks of 1 MB, with rows (and a quoted cell) split across the boundaries.
    const text = `lon,lat,note\n${'120.7,30.7,"a,\nb"\n'.repeat(120_000)}`;
    const seen: number[] = [];
    const result = ok(
      parseCsv({ text, fileName: "big.csv", byteLength: text.length }, {}, (progress) =>
        seen.push(progress.loaded),
      ),
    );
    expect([result.total, result.imported]).toEqual([120_000, 120_000]);
    expect(result.layer.features.features.every((feature) => feature.properties?.note === "a,\nb")).toBe(
      true,
    );
    expect(seen.length).toBeGreaterThan(1);
    expect(seen.at(-1)).toBe(text.length);
  });
});
