// Whether a PMTiles archive can be a detailed basemap here, from its first bytes and its metadata: a
// version 3 archive of vector tiles in the Protomaps basemap schema, covering Jiaxing, readable by a
// browser. Pure (bytes in, facts or a problem out), so the app and `npm run basemap:check` judge alike.
// The format: https://github.com/protomaps/PMTiles/blob/main/spec/v3/spec.md
import { bytesToHeader, Compression, type Header, TileType } from "pmtiles";
import type { Bounds } from "../geo/coordinates";

export type ArchiveProblemCode =
  | "bad-url"
  | "not-found"
  | "web-page"
  | "http-status"
  | "network"
  | "timeout"
  | "empty"
  | "no-byte-ranges"
  | "not-pmtiles"
  | "version"
  | "truncated"
  | "huge-header"
  | "not-vector"
  | "compression"
  | "bad-metadata"
  | "other-schema"
  | "outside-region";

export interface ArchiveProblem {
  code: ArchiveProblemCode;
  values: Record<string, string | number>;
}

export type Checked<T> = ({ ok: true } & T) | { ok: false; problem: ArchiveProblem };

export function problem(
  code: ArchiveProblemCode,
  values: ArchiveProblem["values"] = {},
): { ok: false; problem: ArchiveProblem } {
  return { ok: false, problem: { code, values } };
}

// The first request reads this much: the 127-byte header and the root directory, which the
// specification keeps within the first 16 KiB.
export const ARCHIVE_START_BYTES = 16_384;
const HEADER_BYTES = 127;
// Protomaps metadata is a few kilobytes; a length past this is a damaged or hostile header, and reading
// it would stall the page.
export const METADATA_LIMIT_BYTES = 1_048_576;
// The layers the Protomaps style draws streets, water and names from; an archive without them is of
// another schema (e.g. OpenMapTiles' "transportation", "place").
export const REQUIRED_LAYERS = ["earth", "water", "roads", "places"] as const;
// Drawn when present: an extract cut at a low zoom may lack buildings or POIs and still be useful.
export const OPTIONAL_LAYERS = [
  "buildings",
  "pois",
  "landuse",
  "landcover",
  "boundaries",
  "transit",
] as const;

const TILE_TYPE_NAMES: Record<number, string> = {
  [TileType.Unknown]: "unknown",
  [TileType.Mvt]: "MVT",
  [TileType.Png]: "PNG",
  [TileType.Jpeg]: "JPEG",
  [TileType.Webp]: "WebP",
  [TileType.Avif]: "AVIF",
  [TileType.Mlt]: "MLT",
};
const COMPRESSION_NAMES: Record<number, string> = {
  [Compression.Unknown]: "unknown",
  [Compression.None]: "none",
  [Compression.Gzip]: "gzip",
  [Compression.Brotli]: "brotli",
  [Compression.Zstd]: "zstd",
};
// What a browser's DecompressionStream (and the pmtiles reader) can undo.
const READABLE_COMPRESSIONS: readonly number[] = [Compression.None, Compression.Gzip];

/**
 * Reads the header from the archive's first bytes (`start`, up to ARCHIVE_START_BYTES) and checks it.
 * `totalBytes` is the file's size when known (a Content-Range, a file on disk); without it a truncated
 * file shows only when its tiles fail to load.
 */
export function readArchiveHeader(start: Uint8Array, totalBytes: number | null): Checked<{ header: Header }> {
  if (start.length === 0 || totalBytes === 0) return problem("empty");
  const magic = new TextDecoder().decode(start.subarray(0, 7));
  if (magic !== "PMTiles".slice(0, Math.min(7, start.length))) return problem("not-pmtiles");
  if (start.length < HEADER_BYTES)
    return problem("truncated", { expected: HEADER_BYTES, actual: start.length });
  const version = start[7] ?? 0;
  if (version !== 3) return problem("version", { version });
  const header = bytesToHeader(start.slice(0, HEADER_BYTES).buffer);
  const rootEnd = header.rootDirectoryOffset + header.rootDirectoryLength;
  if (header.rootDirectoryOffset < HEADER_BYTES || rootEnd > ARCHIVE_START_BYTES)
    return problem("huge-header", {
      part: "root",
      size: header.rootDirectoryLength,
      limit: ARCHIVE_START_BYTES,
    });
  if (header.jsonMetadataLength > METADATA_LIMIT_BYTES)
    return problem("huge-header", {
      part: "metadata",
      size: header.jsonMetadataLength,
      limit: METADATA_LIMIT_BYTES,
    });
  const end = Math.max(
    rootEnd,
    header.jsonMetadataOffset + header.jsonMetadataLength,
    header.leafDirectoryOffset + (header.leafDirectoryLength ?? 0),
    header.tileDataOffset + (header.tileDataLength ?? 0),
  );
  const known = totalBytes ?? (start.length < ARCHIVE_START_BYTES ? start.length : null);
  if (known !== null && end > known) return problem("truncated", { expected: end, actual: known });
  if (start.length < rootEnd) return problem("truncated", { expected: rootEnd, actual: start.length });
  if (header.tileType !== TileType.Mvt)
    return problem("not-vector", { type: TILE_TYPE_NAMES[header.tileType] ?? String(header.tileType) });
  for (const compression of [header.internalCompression, header.tileCompression]) {
    if (!READABLE_COMPRESSIONS.includes(compression))
      return problem("compression", { compression: COMPRESSION_NAMES[compression] ?? String(compression) });
  }
  return { ok: true, header };
}

export interface ArchiveMetadata {
  layers: string[]; // the vector layers the metadata lists
  attribution: string | null;
}

/** Checks the archive's JSON metadata (already decompressed) for the Protomaps schema's layers. */
export function readArchiveMetadata(text: string): Checked<{ metadata: ArchiveMetadata }> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return problem("bad-metadata", { detail: "not JSON" });
  }
  if (typeof json !== "object" || json === null || Array.isArray(json))
    return problem("bad-metadata", { detail: "not a JSON object" });
  const record = json as Record<string, unknown>;
  const listed = Array.isArray(record.vector_layers) ? record.vector_layers : [];
  const layers = listed
    .map((layer) => (typeof layer === "object" && layer !== null ? (layer as { id?: unknown }).id : null))
    .filter((id): id is string => typeof id === "string");
  const missing = REQUIRED_LAYERS.filter((layer) => !layers.includes(layer));
  if (missing.length > 0) {
    const found = layers.slice(0, 6).join(", ") + (layers.length > 6 ? ", …" : "");
    return problem("other-schema", { missing: missing.join(", "), found: found || "none" });
  }
  const attribution = typeof record.attribution === "string" ? record.attribution : null;
  return { ok: true, metadata: { layers, attribution } };
}

/** The archive's bounds (west, south, east, north; degrees). */
export function archiveBounds(header: Header): Bounds {
  return [header.minLon, header.minLat, header.maxLon, header.maxLat];
}

/** The share (0–1) of `region`'s box that the archive's bounds cover. */
export function regionCoverage(header: Header, region: Bounds): number {
  const [west, south, east, north] = archiveBounds(header);
  const width = Math.min(east, region[2]) - Math.max(west, region[0]);
  const height = Math.min(north, region[3]) - Math.max(south, region[1]);
  if (width <= 0 || height <= 0) return 0;
  return (width * height) / ((region[2] - region[0]) * (region[3] - region[1]));
}

/** An archive whose bounds miss the region entirely cannot serve as its basemap. */
export function checkRegion(header: Header, region: Bounds): Checked<{ coverage: number }> {
  const coverage = regionCoverage(header, region);
  if (coverage > 0) return { ok: true, coverage };
  const bounds = archiveBounds(header)
    .map((value) => value.toFixed(2))
    .join(", ");
  return problem("outside-region", { bounds });
}

/** Undoes the archive's internal compression (gzip or none) with the platform's DecompressionStream. */
export async function decompressArchivePart(
  bytes: Uint8Array,
  compression: Compression,
): Promise<Uint8Array> {
  if (compression === Compression.None) return bytes;
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream("gzip"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
