// Reads a zip without trusting it. The central directory gives the entries' names and the sizes they
// claim; each wanted entry is then unpacked through a running count of the bytes it really produces, so
// a zip that understates its size (1.1 MB claiming little, inflating to 1.2 GB) is stopped at the limit
// after at most that many bytes, whatever its directory says. Each entry comes back as a fresh array
// of its own bytes: a reader cannot run off its end into the next file or the directory.

export interface ZipEntry {
  name: string;
  method: number; // 0 stored, 8 deflated
  compressedBytes: number;
  declaredBytes: number; // what the directory says it unpacks to
  localHeader: number; // offset of the entry's local header
}

export interface ZipDirectory {
  entries: ZipEntry[];
  declaredBytes: number; // the sum the directory claims
}

export type Unpacked =
  | { ok: true; files: Map<string, Uint8Array>; unpackedBytes: number }
  | { ok: false; reason: "past-limit"; unpackedBytes: number }
  | { ok: false; reason: "unreadable"; detail: string };

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
// The end record is 22 bytes plus a comment of up to 65,535 bytes.
const END_RECORD_SEARCH = 22 + 0xffff;

export function readZipDirectory(bytes: Uint8Array): ZipDirectory | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - END_RECORD_SEARCH); at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end === -1) return null;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const entries: ZipEntry[] = [];
  let declaredBytes = 0;
  const decoder = new TextDecoder();
  for (let index = 0; index < count; index++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== DIRECTORY_ENTRY) return null;
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const entry: ZipEntry = {
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      compressedBytes: view.getUint32(at + 20, true),
      declaredBytes: view.getUint32(at + 24, true),
      localHeader: view.getUint32(at + 42, true),
    };
    entries.push(entry);
    declaredBytes += entry.declaredBytes;
    at += 46 + nameLength + extraLength + commentLength;
  }
  return { entries, declaredBytes };
}

/** Unpacks `entries`, stopping as soon as all of them together have produced more than `limit` bytes. */
export async function unpackEntries(
  bytes: Uint8Array,
  entries: readonly ZipEntry[],
  limit: number,
): Promise<Unpacked> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const files = new Map<string, Uint8Array>();
  let unpackedBytes = 0;
  for (const entry of entries) {
    const at = entry.localHeader;
    if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL_HEADER)
      return { ok: false, reason: "unreadable", detail: `${entry.name}: no local header` };
    const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
    const end = start + entry.compressedBytes;
    if (end > bytes.length) return { ok: false, reason: "unreadable", detail: `${entry.name}: cut short` };
    const packed = bytes.subarray(start, end);
    let content: Uint8Array | null;
    if (entry.method === 0) {
      content = unpackedBytes + packed.length > limit ? null : packed.slice();
    } else if (entry.method === 8) {
      try {
        content = await inflate(packed, limit - unpackedBytes);
      } catch (error) {
        return { ok: false, reason: "unreadable", detail: `${entry.name}: ${(error as Error).message}` };
      }
    } else {
      return { ok: false, reason: "unreadable", detail: `${entry.name}: compression method ${entry.method}` };
    }
    if (content === null) return { ok: false, reason: "past-limit", unpackedBytes: limit + 1 };
    unpackedBytes += content.length;
    files.set(entry.name, content);
  }
  return { ok: true, files, unpackedBytes };
}

// Inflates deflate-raw data through the browser's DecompressionStream, reading its output a piece at a
// time; null as soon as more than `budget` bytes have come out (the stream is cancelled there).
async function inflate(packed: Uint8Array, budget: number): Promise<Uint8Array | null> {
  const stream = new Blob([packed as BlobPart]).stream().pipeThrough(new DecompressionStream("deflate-raw"));
  const reader = stream.getReader();
  const pieces: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > budget) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    pieces.push(value);
  }
  const joined = new Uint8Array(total);
  let at = 0;
  for (const piece of pieces) {
    joined.set(piece, at);
    at += piece.length;
  }
  return joined;
}
