// Imports that cannot lie (issue 32, R2 and R3): a .dbf cut short, a zip that understates what it
// unpacks to, and one that states it honestly.
import { describe, expect, it } from "vitest";
import { makeLargeZip } from "../../tests/support/make-large-zip";
import { makePointShapefile } from "../../tests/support/make-shapefile";
import { makeZip } from "../../tests/support/make-zip";
import { formatImportMessage, formatImportProblem } from "./format-import-problem";
import type { ImportOutcome, ImportResult } from "./import-types";
import { importUserFile } from "./import-user-file";
import { readZipDirectory } from "./read-zip";

function ok(outcome: ImportOutcome): ImportResult {
  if (!outcome.ok) throw new Error(`refused: ${outcome.refusal.code}`);
  return outcome.result;
}

const places = Array.from({ length: 10 }, (_, index) => ({
  longitude: 120.7 + index / 100,
  latitude: 30.7,
  name: `place ${index + 1}`,
}));

// Sets the unpacked size a zip's central directory claims for every entry (a bomb that understates).
function understate(zip: Uint8Array, claimed: number): Uint8Array {
  const copy = zip.slice();
  const view = new DataView(copy.buffer);
  for (const entry of readZipDirectory(copy)?.entries ?? []) {
    for (let at = 0; at + 46 < copy.length; at++) {
      if (view.getUint32(at, true) === 0x02014b50 && view.getUint32(at + 42, true) === entry.localHeader) {
        view.setUint32(at + 24, claimed, true);
      }
    }
  }
  return copy;
}

describe("a zipped Shapefile whose .dbf is cut short (R2)", () => {
  it("keeps the complete records, flags the features without one, and reads nothing past the end", async () => {
    const files = makePointShapefile(places);
    const dbf = files["places.dbf"] as Uint8Array;
    const recordBytes = new DataView(dbf.buffer, dbf.byteOffset).getUint16(10, true);
    // Three and a half records missing: the header still claims ten.
    const cut = dbf.slice(0, dbf.length - 1 - Math.round(3.5 * recordBytes));
    const result = ok(await importUserFile(makeZip({ ...files, "places.dbf": cut }), "places.zip"));
    expect([result.total, result.imported]).toEqual([10, 10]);
    const names = result.layer.features.features.map((feature) => feature.properties?.NAME);
    expect(names.slice(0, 6).map((name) => String(name).trim())).toEqual(
      places.slice(0, 6).map((place) => place.name),
    );
    expect(names.slice(6)).toEqual([undefined, undefined, undefined, undefined]);
    // No attribute holds text from another file of the zip or from its directory.
    const values = result.layer.features.features.flatMap((feature) =>
      Object.values(feature.properties ?? {}),
    );
    expect(values.join(" ")).not.toMatch(/GEOGCS|places\.|PK/);
    expect(result.flagged.map((problem) => formatImportProblem(problem, "en"))).toEqual(
      [7, 8, 9, 10].map(
        (number) =>
          `feature ${number}: places.dbf holds 6 complete records (its header claims 10); this feature has no attributes (kept)`,
      ),
    );
  });

  it("refuses a .dbf too short for its own header, naming it", async () => {
    const files = makePointShapefile(places);
    const outcome = await importUserFile(
      makeZip({ ...files, "places.dbf": (files["places.dbf"] as Uint8Array).slice(0, 20) }),
      "places.zip",
    );
    expect(outcome).toMatchObject({
      ok: false,
      refusal: { code: "dbf-unreadable", values: { file: "places.dbf" } },
    });
  });
});

describe("a zip bomb (R3)", () => {
  // 120 MB of spaces, past the 100 MB limit, deflate to about 120 kB.
  const padding = new Uint8Array(120 * 2 ** 20).fill(0x20);

  it("stops unpacking at the limit when the directory understates the size, giving both sizes", async () => {
    const files = makePointShapefile(places);
    const honest = makeLargeZip({ ...files, "places.prj": padding });
    const zip = understate(honest, 1000);
    const started = performance.now();
    const outcome = await importUserFile(zip, "bomb.zip");
    expect(performance.now() - started).toBeLessThan(5000); // stopped at 100 MB, not after 120
    expect(outcome).toMatchObject({ ok: false, refusal: { code: "unpacks-past-limit" } });
    if (outcome.ok) return;
    const fileMegabytes = Math.ceil((zip.length / 2 ** 20) * 10) / 10;
    expect(formatImportMessage(outcome.refusal, "en")).toBe(
      `The file is ${fileMegabytes} MB and its directory claims 0.1 MB unpacked, but it unpacks to more than the 100 MB limit; reading stopped there.`,
    );
  });

  it("refuses an honest bomb before unpacking, with the file's size and the unpacked size apart", async () => {
    const zip = makeLargeZip({ ...makePointShapefile(places), "places.prj": padding });
    const outcome = await importUserFile(zip, "bomb.zip");
    expect(outcome).toMatchObject({ ok: false, refusal: { code: "unpacks-too-large" } });
    if (outcome.ok) return;
    const text = formatImportMessage(outcome.refusal, "en");
    expect(text).toMatch(/^The file is 0\.\d MB; unpacked it would be 121 MB, over the 100 MB limit\.$/);
    expect(formatImportMessage(outcome.refusal, "zh")).toMatch(
      /^文件本身 0\.\d MB，解压后将有 121 MB，超过 100 MB 的上限。$/,
    );
  });

  it("is a small file", () => {
    expect(makeLargeZip({ "a.prj": padding }).length).toBeLessThan(2 ** 20);
  });
});
