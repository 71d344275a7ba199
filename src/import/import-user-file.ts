// The one entry point for reading a user's file, whatever its format: size and format checks first,
// then the reader for the format. Pure apart from progress reports, so it runs the same in the import
// worker and in unit tests.
import { decodeText } from "./decode-text";
import { detectFormat } from "./detect-format";
import { MAX_FEATURES, MAX_FILE_BYTES } from "./import-limits";
import { refusal } from "./import-result";
import type {
  ImportFormat,
  ImportMessage,
  ImportOptions,
  ImportOutcome,
  ProgressListener,
} from "./import-types";
import { parseCsv } from "./parse-csv";
import { parseGeojson } from "./parse-geojson";
import { parseGpx } from "./parse-gpx";
import { parseKml } from "./parse-kml";
import { parseShapefileZip } from "./parse-shapefile-zip";

const BYTES_PER_MEGABYTE = 1024 * 1024;
const LINE_FEED = 0x0a;

export async function importUserFile(
  file: ArrayBuffer | Uint8Array,
  fileName: string,
  options: ImportOptions = {},
  onProgress?: ProgressListener,
): Promise<ImportOutcome> {
  const bytes = file instanceof Uint8Array ? file : new Uint8Array(file);
  if (bytes.length === 0) return refusal("empty-file");
  if (bytes.length > MAX_FILE_BYTES) {
    return refusal("too-large", {
      megabytes: Math.ceil(bytes.length / BYTES_PER_MEGABYTE),
      limit: MAX_FILE_BYTES / BYTES_PER_MEGABYTE,
    });
  }
  const detected = detectFormat(fileName, bytes);
  if (!detected.ok) return { ok: false, refusal: detected.refusal };
  onProgress?.({ loaded: 0, total: bytes.length });
  try {
    const outcome = await readFormat(detected.format, bytes, fileName, options, onProgress);
    onProgress?.({ loaded: bytes.length, total: bytes.length });
    return outcome;
  } catch (error) {
    // The readers return refusals for every fault they know; this is for the ones nobody foresaw.
    return refusal("unreadable", { detail: String((error as Error)?.message ?? error).slice(0, 120) });
  }
}

async function readFormat(
  format: ImportFormat,
  bytes: Uint8Array,
  fileName: string,
  options: ImportOptions,
  onProgress?: ProgressListener,
): Promise<ImportOutcome> {
  if (format === "shapefile-zip") return parseShapefileZip(bytes, fileName, options);
  if (format === "csv") {
    // One line per row (a line break inside a quoted cell counts twice here): an upper bound, found
    // in one pass over the bytes before any text is decoded.
    const rows = countLineFeeds(bytes);
    if (rows - 1 > MAX_FEATURES)
      return refusal("too-many-features", { count: rows - 1, limit: MAX_FEATURES });
  }
  const decoded = decodeText(bytes);
  const notes: ImportMessage[] = decoded.encoding === "gbk" ? [{ code: "encoding-gbk", values: {} }] : [];
  switch (format) {
    case "csv":
      return parseCsv({ text: decoded.text, fileName, byteLength: bytes.length, notes }, options, onProgress);
    case "geojson":
      return parseGeojson(decoded.text, fileName, options, notes);
    case "kml":
      return parseKml(decoded.text, fileName, options, notes);
    case "gpx":
      return parseGpx(decoded.text, fileName, options, notes);
  }
}

function countLineFeeds(bytes: Uint8Array): number {
  let count = 0;
  for (let index = 0; index < bytes.length; index++) if (bytes[index] === LINE_FEED) count++;
  return count;
}
