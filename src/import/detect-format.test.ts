import { describe, expect, it } from "vitest";
import { makeZip } from "../../tests/support/make-zip";
import { detectFormat } from "./detect-format";

const text = (value: string) => new TextEncoder().encode(value);

describe("detectFormat", () => {
  it("goes by the extension for text files, whatever the letter case", () => {
    expect(detectFormat("Sites.CSV", text("a,b"))).toEqual({ ok: true, format: "csv" });
    expect(detectFormat("a.geojson", text("{}"))).toEqual({ ok: true, format: "geojson" });
    expect(detectFormat("a.KML", text("<kml/>"))).toEqual({ ok: true, format: "kml" });
    expect(detectFormat("a.gpx", text("<gpx/>"))).toEqual({ ok: true, format: "gpx" });
  });

  it("refuses a workbook or UTF-16 text named .csv, naming the extension", () => {
    const workbook = makeZip({ "[Content_Types].xml": "<Types/>" });
    expect(detectFormat("plan.csv", workbook)).toEqual({
      ok: false,
      refusal: { code: "binary-not-text", values: { extension: "csv" } },
    });
    const utf16 = new Uint8Array([0xff, 0xfe, 0x6c, 0, 0x6f, 0, 0x6e, 0]);
    expect(detectFormat("plan.csv", utf16)).toMatchObject({
      ok: false,
      refusal: { code: "binary-not-text" },
    });
  });

  it("reads any zip as a Shapefile archive and refuses a .zip that is not one", () => {
    expect(detectFormat("data", makeZip({ "a.shp": "x" }))).toEqual({ ok: true, format: "shapefile-zip" });
    expect(detectFormat("data.zip", text("hello"))).toMatchObject({
      ok: false,
      refusal: { code: "not-a-zip" },
    });
  });

  it("sniffs JSON, KML and GPX when the extension says nothing", () => {
    expect(detectFormat("download", text('\uFEFF  {"type":"Point"}'))).toEqual({
      ok: true,
      format: "geojson",
    });
    expect(detectFormat("download", text('<?xml version="1.0"?><kml xmlns="x">'))).toEqual({
      ok: true,
      format: "kml",
    });
    expect(detectFormat("download", text("<gpx version='1.1'>"))).toEqual({ ok: true, format: "gpx" });
    expect(detectFormat("notes.doc", text("hello"))).toMatchObject({
      ok: false,
      refusal: { code: "unknown-format" },
    });
  });
});
