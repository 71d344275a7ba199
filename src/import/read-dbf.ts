// Reads a Shapefile's attribute table (.dbf, dBASE III) no further than its own bytes. The header says
// how many records there are and how long each is; a .dbf cut short (a failed copy, a zip written
// while the table was open) holds fewer complete records than it claims, and a reader that believed
// the header read the rest from whatever followed in memory (the .prj's text, the zip's directory)
// (issue 32, R2). Only complete records are read, from a copy of exactly their bytes; the caller flags
// the features whose records are missing.
import { parseDbf } from "shpjs";

const HEADER_BYTES = 32; // the fixed part, before the field descriptors

export type DbfRows =
  | { ok: true; rows: Record<string, unknown>[]; claimed: number }
  | { ok: false; detail: string };

export function readDbf(bytes: Uint8Array, codePage?: string): DbfRows {
  if (bytes.length < HEADER_BYTES)
    return { ok: false, detail: `the .dbf is ${bytes.length} bytes, shorter than its header` };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const claimed = view.getUint32(4, true);
  const headerBytes = view.getUint16(8, true);
  const recordBytes = view.getUint16(10, true);
  if (headerBytes < HEADER_BYTES + 1 || headerBytes > bytes.length)
    return {
      ok: false,
      detail: `the .dbf's header says ${headerBytes} bytes, but the file has ${bytes.length}`,
    };
  if (recordBytes === 0) return { ok: true, rows: [], claimed };
  const complete = Math.min(claimed, Math.floor((bytes.length - headerBytes) / recordBytes));
  // A copy of the header and the complete records alone, with the count set to what is there.
  const copy = bytes.slice(0, headerBytes + complete * recordBytes);
  new DataView(copy.buffer).setUint32(4, complete, true);
  try {
    return { ok: true, rows: parseDbf(new DataView(copy.buffer), codePage), claimed };
  } catch (error) {
    return { ok: false, detail: String((error as Error).message).slice(0, 120) };
  }
}
