// Reads a zipped Shapefile with shpjs, which reprojects to WGS84 from the .prj (without one, the
// numbers are taken as longitude/latitude) and reads the .dbf in the encoding the .cpg names. The zip's
// directory is read first, so a zip without a .shp, or one that would unpack to more than the size
// limit, is refused before anything is unpacked. Every layer in the zip goes onto one map layer.
import { parseZip } from "shpjs";
import { MAX_FEATURES, MAX_FILE_BYTES } from "./import-limits";
import { refusal } from "./import-result";
import type { ImportOptions, ImportOutcome } from "./import-types";
import { readFeatures } from "./read-features";
import { zipEntryNames } from "./zip-entry-names";

const BYTES_PER_MEGABYTE = 1024 * 1024;

export async function parseShapefileZip(
  bytes: Uint8Array,
  fileName: string,
  options: ImportOptions = {},
): Promise<ImportOutcome> {
  const directory = zipEntryNames(bytes);
  if (!directory) return refusal("not-a-zip");
  // macOS adds "__MACOSX/._name.shp" resource files that are not shapefiles.
  const names = directory.names.filter((name) => !name.includes("__MACOSX") && !name.endsWith("/"));
  if (!names.some((name) => name.toLowerCase().endsWith(".shp"))) {
    const listed = names.slice(0, 5).join(", ") + (names.length > 5 ? ", …" : "");
    return refusal("zip-without-shapefile", { names: listed || "—" });
  }
  if (directory.unpackedBytes > MAX_FILE_BYTES) {
    return refusal("too-large", {
      megabytes: Math.ceil(directory.unpackedBytes / BYTES_PER_MEGABYTE),
      limit: MAX_FILE_BYTES / BYTES_PER_MEGABYTE,
    });
  }
  let layers: Awaited<ReturnType<typeof parseZip>>;
  try {
    layers = await parseZip(bytes);
  } catch (error) {
    return refusal("shapefile-unreadable", { detail: String((error as Error).message).slice(0, 120) });
  }
  const raw = (Array.isArray(layers) ? layers : [layers]).flatMap((layer) => layer.features ?? []);
  if (raw.length === 0) return refusal("no-features");
  if (raw.length > MAX_FEATURES)
    return refusal("too-many-features", { count: raw.length, limit: MAX_FEATURES });
  return readFeatures("shapefile-zip", fileName, raw, options, []);
}
