import { describe, expect, it } from "vitest";
import { makePointShapefile, UTM_51N_PRJ } from "../../tests/support/make-shapefile";
import { makeZip } from "../../tests/support/make-zip";
import { positionOf } from "../../tests/support/position-of";
import { formatImportMessage } from "./format-import-problem";
import type { ImportOutcome, ImportResult } from "./import-types";
import { importUserFile } from "./import-user-file";

const encoder = new TextEncoder();

function ok(outcome: ImportOutcome): ImportResult {
  if (!outcome.ok)
    throw new Error(`refused: ${outcome.refusal.code} ${JSON.stringify(outcome.refusal.values)}`);
  return outcome.result;
}

async function refusalCode(bytes: Uint8Array | string, name: string): Promise<string> {
  const outcome = await importUserFile(typeof bytes === "string" ? encoder.encode(bytes) : bytes, name);
  if (outcome.ok) throw new Error("imported");
  return outcome.refusal.code;
}

describe("importUserFile", () => {
  it("reads a GBK-encoded CSV, as Excel on Chinese Windows saves it, and says so", async () => {
    // 名称,经度,纬度 / 南湖,120.76,30.75 in GBK (two bytes per Chinese character).
    const gbk = (hex: string) => Uint8Array.from(hex.match(/../g) ?? [], (pair) => Number.parseInt(pair, 16));
    const ascii = (text: string) => encoder.encode(text);
    const parts = [gbk("c3fbb3c6"), ascii(","), gbk("beadb6c8"), ascii(","), gbk("ceb3b6c8"), ascii("\r\n")];
    parts.push(gbk("c4cfbafe"), ascii(",120.76,30.75\r\n"));
    const bytes = new Uint8Array(parts.flatMap((part) => [...part]));
    const result = ok(await importUserFile(bytes, "南湖.csv"));
    expect(result.imported).toBe(1);
    expect(result.layer.features.features[0]?.properties).toEqual({ 名称: "南湖" });
    expect(result.notes.map((note) => note.code)).toEqual(["encoding-gbk"]);
  });

  it("reads UTF-8 with a byte-order mark without a stray character in the first header", async () => {
    const result = ok(await importUserFile(encoder.encode("\uFEFFlon,lat,name\n120.7,30.7,a"), "a.csv"));
    expect(result.imported).toBe(1);
    expect(result.notes).toEqual([]);
  });

  it("refuses an empty file, a binary file named .csv and a file over 100 MB", async () => {
    expect(await refusalCode("", "empty.csv")).toBe("empty-file");
    const workbook = makeZip({ "xl/workbook.xml": "<workbook/>" });
    expect(await refusalCode(workbook, "sheet.csv")).toBe("binary-not-text");
    expect(await refusalCode(new Uint8Array([1, 0, 2, 0, 3]), "data.csv")).toBe("binary-not-text");
    const huge = new Uint8Array(100 * 1024 * 1024 + 1);
    expect(await refusalCode(huge, "huge.csv")).toBe("too-large");
  });

  it("refuses a CSV of over 200,000 rows before reading any of them", async () => {
    const rows = encoder.encode(`lon,lat\n${"x\n".repeat(200_001)}`);
    const outcome = await importUserFile(rows, "many.csv");
    expect(outcome).toMatchObject({ ok: false, refusal: { code: "too-many-features" } });
  });

  it("reads a zipped Shapefile with its .prj and attributes", async () => {
    const zip = makeZip(
      makePointShapefile([
        { longitude: 120.75, latitude: 30.76, name: "Nanhu" },
        { longitude: 120.9, latitude: 30.5, name: "Haiyan" },
      ]),
    );
    const result = ok(await importUserFile(zip, "places.zip"));
    expect(result.format).toBe("shapefile-zip");
    expect(result.imported).toBe(2);
    const first = result.layer.features.features[0];
    expect(positionOf(result)[0]).toBeCloseTo(120.75, 9);
    expect(positionOf(result)[1]).toBeCloseTo(30.76, 9);
    expect(String(first?.properties?.NAME).trim()).toBe("Nanhu");
  });

  it("reprojects a Shapefile from the coordinate system its .prj names", async () => {
    // 120.75° E, 30.76° N is 284,638.70 m east, 3,405,167.79 m north in UTM zone 51N.
    const zip = makeZip(
      makePointShapefile([{ longitude: 284_638.7, latitude: 3_405_167.79, name: "Nanhu" }], UTM_51N_PRJ),
    );
    const [longitude, latitude] = positionOf(ok(await importUserFile(zip, "utm.zip"))) as [number, number];
    expect(longitude).toBeCloseTo(120.75, 5);
    expect(latitude).toBeCloseTo(30.76, 5);
  });

  it("refuses a zip without a .shp, naming what it holds", async () => {
    const outcome = await importUserFile(makeZip({ "notes.txt": "hello", "photo.jpg": "x" }), "data.zip");
    expect(outcome).toMatchObject({
      ok: false,
      refusal: { code: "zip-without-shapefile", values: { names: "notes.txt, photo.jpg" } },
    });
    if (!outcome.ok)
      expect(formatImportMessage(outcome.refusal, "en")).toBe(
        "The zip holds no .shp file (only: notes.txt, photo.jpg).",
      );
    expect(await refusalCode("not a zip", "data.zip")).toBe("not-a-zip");
  });

  it("recognises GeoJSON and KML by content when the name has no known extension", async () => {
    const point = JSON.stringify({
      type: "Feature",
      properties: {},
      geometry: { type: "Point", coordinates: [120.7, 30.7] },
    });
    expect(ok(await importUserFile(encoder.encode(point), "export")).format).toBe("geojson");
    expect(await refusalCode("just some words", "notes.doc")).toBe("unknown-format");
  });

  it("reports progress from 0 to the file's size", async () => {
    const bytes = encoder.encode("lon,lat\n120.7,30.7\n");
    const seen: number[] = [];
    await importUserFile(bytes, "a.csv", {}, (progress) => {
      expect(progress.total).toBe(bytes.length);
      seen.push(progress.loaded);
    });
    expect(seen[0]).toBe(0);
    expect(seen.at(-1)).toBe(bytes.length);
  });
});
