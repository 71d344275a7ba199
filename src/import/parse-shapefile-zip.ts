// Reads a zipped Shapefile: the zip's directory first (a zip without a .shp, or one that claims to
// unpack past the limit, is refused before anything is unpacked), then the .shp, .dbf, .prj and .cpg
// of every layer unpacked under a running byte limit (read-zip.ts), the geometries reprojected to WGS84
// from the .prj by shpjs, and the attributes read no further than the .dbf's own bytes (read-dbf.ts).
// Every layer in the zip goes onto one map layer.
import type { Feature } from "geojson";
import { parseShp } from "shpjs";
import { MAX_FEATURES, MAX_UNPACKED_BYTES } from "./import-limits";
import { refusal } from "./import-result";
import type { ImportOptions, ImportOutcome, MessageValues } from "./import-types";
import { megabytes } from "./megabytes";
import { readDbf } from "./read-dbf";
import { readFeatures } from "./read-features";
import { readZipDirectory, unpackEntries } from "./read-zip";

const PARTS = /\.(shp|dbf|prj|cpg)$/i;

export async function parseShapefileZip(
  bytes: Uint8Array,
  fileName: string,
  options: ImportOptions = {},
): Promise<ImportOutcome> {
  const directory = readZipDirectory(bytes);
  if (!directory) return refusal("not-a-zip");
  // macOS adds "__MACOSX/._name.shp" resource files that are not shapefiles.
  const entries = directory.entries.filter(
    (entry) => !entry.name.includes("__MACOSX") && !entry.name.endsWith("/"),
  );
  if (!entries.some((entry) => entry.name.toLowerCase().endsWith(".shp"))) {
    const names = entries.map((entry) => entry.name);
    const listed = names.slice(0, 5).join(", ") + (names.length > 5 ? ", …" : "");
    return refusal("zip-without-shapefile", { names: listed || "—" });
  }
  const sizes = { fileMegabytes: megabytes(bytes.length), limit: MAX_UNPACKED_BYTES / 2 ** 20 };
  const wanted = entries.filter((entry) => PARTS.test(entry.name));
  const declared = wanted.reduce((sum, entry) => sum + entry.declaredBytes, 0);
  if (declared > MAX_UNPACKED_BYTES)
    return refusal("unpacks-too-large", { ...sizes, unpackedMegabytes: megabytes(declared) });
  const unpacked = await unpackEntries(bytes, wanted, MAX_UNPACKED_BYTES);
  if (!unpacked.ok) {
    return unpacked.reason === "past-limit"
      ? refusal("unpacks-past-limit", { ...sizes, declaredMegabytes: megabytes(declared) })
      : refusal("shapefile-unreadable", { detail: unpacked.detail.slice(0, 120) });
  }
  const raw: Feature[] = [];
  const missing = new Map<number, MessageValues>(); // features whose .dbf record is not there
  for (const [base, parts] of layersOf(unpacked.files)) {
    const shp = parts.get("shp");
    if (!shp) continue;
    let geometries: ReturnType<typeof parseShp>;
    try {
      geometries = parseShp(new DataView(shp.buffer), text(parts.get("prj")));
    } catch (error) {
      return refusal("shapefile-unreadable", {
        detail: `${base}.shp: ${String((error as Error).message).slice(0, 100)}`,
      });
    }
    const dbf = parts.get("dbf");
    const table = dbf ? readDbf(dbf, text(parts.get("cpg"))) : null;
    if (table && !table.ok) return refusal("dbf-unreadable", { file: `${base}.dbf`, detail: table.detail });
    const rows = table?.rows ?? [];
    geometries.forEach((geometry, index) => {
      if (table && index >= rows.length)
        missing.set(raw.length, { file: `${base}.dbf`, rows: rows.length, claimed: table.claimed });
      raw.push({ type: "Feature", geometry: geometry as Feature["geometry"], properties: rows[index] ?? {} });
    });
  }
  if (raw.length === 0) return refusal("no-features");
  if (raw.length > MAX_FEATURES)
    return refusal("too-many-features", { count: raw.length, limit: MAX_FEATURES });
  return readFeatures("shapefile-zip", fileName, raw, options, [], (index) => {
    const values = missing.get(index);
    return values ? { code: "dbf-record-missing", values } : null;
  });
}

// The unpacked files by layer: "roads.shp", "roads.DBF" → roads: { shp, dbf }.
function layersOf(files: ReadonlyMap<string, Uint8Array>): Map<string, Map<string, Uint8Array>> {
  const layers = new Map<string, Map<string, Uint8Array>>();
  for (const [name, content] of files) {
    const dot = name.lastIndexOf(".");
    const base = name.slice(0, dot);
    const parts = layers.get(base) ?? new Map<string, Uint8Array>();
    parts.set(name.slice(dot + 1).toLowerCase(), content);
    layers.set(base, parts);
  }
  return layers;
}

function text(bytes: Uint8Array | undefined): string | undefined {
  return bytes ? new TextDecoder().decode(bytes) : undefined;
}
