// Decides how to read a file from its name and its first bytes. The name says what the user meant; the
// bytes say what the file is, so a workbook renamed .csv is refused with a reason instead of being read
// as gibberish rows.
import type { ImportFormat, ImportMessage } from "./import-types";

export type DetectedFormat = { ok: true; format: ImportFormat } | { ok: false; refusal: ImportMessage };

const BY_EXTENSION: Record<string, ImportFormat> = {
  csv: "csv",
  txt: "csv",
  tsv: "csv",
  geojson: "geojson",
  json: "geojson",
  kml: "kml",
  gpx: "gpx",
  zip: "shapefile-zip",
};

// The first 8 KB are enough to tell text from binary without reading a large file twice.
const SNIFF_BYTES = 8192;

export function fileExtension(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot === -1 ? "" : name.slice(dot + 1).toLowerCase();
}

export function isZip(bytes: Uint8Array): boolean {
  // Every zip (and so every .xlsx and .docx) starts with a local file header "PK\3\4", or "PK\5\6"
  // when it is empty.
  return bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5);
}

// Text in UTF-8 or GBK never holds a NUL byte; spreadsheets, zips and UTF-16 text all do.
export function looksBinary(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, SNIFF_BYTES);
  for (let index = 0; index < end; index++) if (bytes[index] === 0) return true;
  return isZip(bytes);
}

export function detectFormat(name: string, bytes: Uint8Array): DetectedFormat {
  const extension = fileExtension(name);
  const named = BY_EXTENSION[extension];
  if (named === "shapefile-zip" || (!named && isZip(bytes))) {
    return isZip(bytes) ? { ok: true, format: "shapefile-zip" } : refuse("not-a-zip", {});
  }
  if (looksBinary(bytes)) return refuse("binary-not-text", { extension: extension || "?" });
  if (named) return { ok: true, format: named };
  const sniffed = sniffText(bytes);
  return sniffed ? { ok: true, format: sniffed } : refuse("unknown-format", { name });
}

// For a file without a known extension: JSON starts with "{", XML names its root element.
function sniffText(bytes: Uint8Array): ImportFormat | null {
  const head = new TextDecoder()
    .decode(bytes.subarray(0, SNIFF_BYTES))
    .replace(/^\uFEFF/, "")
    .trimStart();
  if (head.startsWith("{")) return "geojson";
  if (/<kml[\s>]/.test(head)) return "kml";
  if (/<gpx[\s>]/.test(head)) return "gpx";
  return null;
}

function refuse(code: string, values: ImportMessage["values"]): DetectedFormat {
  return { ok: false, refusal: { code, values } };
}
