// A small PMTiles version 3 writer, for tests only: the repository cannot ship OpenStreetMap data, so
// tests write their own archives. Layout as the specification has it
// (https://github.com/protomaps/PMTiles/blob/main/spec/v3/spec.md): a 127-byte header, the root
// directory, the JSON metadata, leaf directories when the root would not fit the first 16 KiB, then the
// tile data, tiles ordered by their Hilbert tile id ("clustered"), identical tiles stored once.
// pmtiles-writer.test.ts reads what it writes back with the pmtiles package's own reader.
import { createHash } from "node:crypto";
import { gzipSync } from "node:zlib";

export interface TileToWrite {
  z: number;
  x: number;
  y: number;
  data: Uint8Array; // the tile as it is, before the archive's tile compression
}

export interface ArchiveOptions {
  tiles: readonly TileToWrite[];
  metadata: object;
  bounds: [number, number, number, number]; // west, south, east, north (degrees)
  center?: [number, number, number]; // longitude, latitude, zoom
  tileType?: number; // 1 MVT (default), 2 PNG, 3 JPEG, 4 WebP, 5 AVIF
  gzip?: boolean; // gzip the directories, the metadata and the tiles (default true, as Protomaps does)
}

const HEADER_BYTES = 127;
const START_BYTES = 16_384; // the header and the root directory must lie within these
const LEAF_ENTRIES = 4096;

// Position of tile (x, y) along the Hilbert curve that fills zoom z: the classic xy→d walk (Hilbert
// 1891, as Wikipedia's "Hilbert curve" writes it), which the PMTiles specification uses. Bit operations
// on numbers are exact up to zoom 30.
function hilbertIndex(z: number, x: number, y: number): number {
  const n = 2 ** z;
  let d = 0;
  let tx = x;
  let ty = y;
  for (let s = n / 2; s >= 1; s /= 2) {
    const rx = (tx & s) > 0 ? 1 : 0;
    const ry = (ty & s) > 0 ? 1 : 0;
    d += s * s * ((3 * rx) ^ ry);
    // Rotate the quadrant so the curve's next level runs the right way.
    if (ry === 0) {
      if (rx === 1) {
        tx = n - 1 - tx;
        ty = n - 1 - ty;
      }
      [tx, ty] = [ty, tx];
    }
  }
  return d;
}

/** The tile id of z/x/y: every tile of the lower zooms counted first, then the Hilbert position. */
export function tileId(z: number, x: number, y: number): number {
  let before = 0;
  for (let level = 0; level < z; level += 1) before += 4 ** level;
  return before + hilbertIndex(z, x, y);
}

export interface DirectoryEntry {
  tileId: number;
  offset: number;
  length: number;
  runLength: number; // 0: the entry points to a leaf directory
}

function varints(values: number[]): number[] {
  const bytes: number[] = [];
  for (let value of values) {
    while (value >= 0x80) {
      bytes.push((value % 0x80) | 0x80);
      value = Math.floor(value / 0x80);
    }
    bytes.push(value);
  }
  return bytes;
}

/** A directory as the specification lays it out: count, id deltas, run lengths, lengths, offsets. */
export function serializeDirectory(entries: readonly DirectoryEntry[]): Uint8Array {
  const values: number[] = [entries.length];
  let lastId = 0;
  for (const entry of entries) {
    values.push(entry.tileId - lastId);
    lastId = entry.tileId;
  }
  for (const entry of entries) values.push(entry.runLength);
  for (const entry of entries) values.push(entry.length);
  entries.forEach((entry, index) => {
    const previous = entries[index - 1];
    // 0: right after the previous entry's bytes; otherwise the offset plus one.
    values.push(previous && entry.offset === previous.offset + previous.length ? 0 : entry.offset + 1);
  });
  return Uint8Array.from(varints(values));
}

export function writePmtiles(options: ArchiveOptions): Uint8Array {
  const gzip = options.gzip ?? true;
  const pack = (bytes: Uint8Array) => (gzip ? new Uint8Array(gzipSync(bytes)) : bytes);
  const sorted = [...options.tiles]
    .map((tile) => ({ id: tileId(tile.z, tile.x, tile.y), tile }))
    .sort((a, b) => a.id - b.id);
  // Tile data: each distinct tile once, in the order of its first id; runs of one tile share an entry.
  const contents = new Map<string, { offset: number; length: number }>();
  const tileParts: Uint8Array[] = [];
  let tileBytes = 0;
  const entries: DirectoryEntry[] = [];
  for (const { id, tile } of sorted) {
    const packed = pack(tile.data);
    const hash = createHash("sha256").update(packed).digest("hex");
    let place = contents.get(hash);
    if (!place) {
      place = { offset: tileBytes, length: packed.length };
      contents.set(hash, place);
      tileParts.push(packed);
      tileBytes += packed.length;
    }
    const last = entries[entries.length - 1];
    if (last && last.offset === place.offset && last.tileId + last.runLength === id) last.runLength += 1;
    else entries.push({ tileId: id, offset: place.offset, length: place.length, runLength: 1 });
  }
  const { root, leaves } = directories(entries, pack);
  const metadata = pack(new TextEncoder().encode(JSON.stringify(options.metadata)));
  const rootOffset = HEADER_BYTES;
  const metadataOffset = rootOffset + root.length;
  const leafOffset = metadataOffset + metadata.length;
  const tileOffset = leafOffset + leaves.length;
  const zooms = options.tiles.map((tile) => tile.z);
  const [west, south, east, north] = options.bounds;
  const center = options.center ?? [(west + east) / 2, (south + north) / 2, Math.min(...zooms)];
  const header = new DataView(new ArrayBuffer(HEADER_BYTES));
  new Uint8Array(header.buffer).set(new TextEncoder().encode("PMTiles"), 0);
  header.setUint8(7, 3);
  const u64 = (at: number, value: number) => header.setBigUint64(at, BigInt(value), true);
  u64(8, rootOffset);
  u64(16, root.length);
  u64(24, metadataOffset);
  u64(32, metadata.length);
  u64(40, leafOffset);
  u64(48, leaves.length);
  u64(56, tileOffset);
  u64(64, tileBytes);
  u64(72, options.tiles.length); // addressed tiles
  u64(80, entries.length); // tile entries
  u64(88, contents.size); // tile contents
  header.setUint8(96, 1); // clustered
  header.setUint8(97, gzip ? 2 : 1); // internal compression: gzip or none
  header.setUint8(98, gzip ? 2 : 1); // tile compression
  header.setUint8(99, options.tileType ?? 1);
  header.setUint8(100, Math.min(...zooms));
  header.setUint8(101, Math.max(...zooms));
  const e7 = (at: number, degrees: number) => header.setInt32(at, Math.round(degrees * 1e7), true);
  e7(102, west);
  e7(106, south);
  e7(110, east);
  e7(114, north);
  header.setUint8(118, center[2]);
  e7(119, center[0]);
  e7(123, center[1]);
  return concatenate([new Uint8Array(header.buffer), root, metadata, leaves, ...tileParts]);
}

// The root directory alone when it fits the first 16 KiB with the header; otherwise leaves of
// LEAF_ENTRIES entries each, and a root that points to them.
function directories(entries: DirectoryEntry[], pack: (bytes: Uint8Array) => Uint8Array) {
  const root = pack(serializeDirectory(entries));
  if (HEADER_BYTES + root.length <= START_BYTES) return { root, leaves: new Uint8Array() };
  const leafParts: Uint8Array[] = [];
  const rootEntries: DirectoryEntry[] = [];
  let offset = 0;
  for (let start = 0; start < entries.length; start += LEAF_ENTRIES) {
    const chunk = entries.slice(start, start + LEAF_ENTRIES);
    const leaf = pack(serializeDirectory(chunk));
    rootEntries.push({
      tileId: (chunk[0] as DirectoryEntry).tileId,
      offset,
      length: leaf.length,
      runLength: 0,
    });
    leafParts.push(leaf);
    offset += leaf.length;
  }
  return { root: pack(serializeDirectory(rootEntries)), leaves: concatenate(leafParts) };
}

export function concatenate(parts: readonly Uint8Array[]): Uint8Array {
  const whole = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    whole.set(part, at);
    at += part.length;
  }
  return whole;
}
