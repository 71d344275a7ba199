// Whether a PMTiles archive on disk can be the map's detailed basemap (npm run basemap:check): reads the
// header and metadata only (the first 16 KiB and the metadata section) and judges them with the app's own
// checks (src/data/pmtiles-archive.ts): version 3, vector tiles a browser can decompress, the Protomaps
// schema's layers, bounds over Jiaxing, and the zoom range.
import { closeSync, fstatSync, openSync, readSync } from "node:fs";
import { Compression, type Header, TileType } from "pmtiles";
import {
  ARCHIVE_START_BYTES,
  archiveBounds,
  type Checked,
  decompressArchivePart,
  OPTIONAL_LAYERS,
  readArchiveHeader,
  readArchiveMetadata,
  regionCoverage,
} from "../src/data/pmtiles-archive";
import { JIAXING_BOUNDS } from "../src/data/region";
import { archiveProblemText, formatBytes } from "../src/i18n/archive-problem-text";
import { registerTexts } from "../src/i18n/messages";
import { laterTexts } from "../src/i18n/texts/later";

registerTexts(laterTexts);

// Streets and buildings appear from about zoom 13 in Protomaps builds; an extract cut lower shows none.
const STREET_ZOOM = 13;

export interface CheckReport {
  fits: boolean;
  lines: string[];
}

function readPart(descriptor: number, offset: number, length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  const read = readSync(descriptor, bytes, 0, length, offset);
  return bytes.subarray(0, read);
}

export async function checkArchiveFile(path: string): Promise<CheckReport> {
  let descriptor: number;
  try {
    descriptor = openSync(path, "r");
  } catch (error) {
    return {
      fits: false,
      lines: [`${path}: cannot be read (${(error as NodeJS.ErrnoException).code ?? error})`],
    };
  }
  try {
    const size = fstatSync(descriptor).size;
    const header = readArchiveHeader(readPart(descriptor, 0, ARCHIVE_START_BYTES), size);
    if (!header.ok) return refused(path, header);
    const compressed = readPart(
      descriptor,
      header.header.jsonMetadataOffset,
      header.header.jsonMetadataLength,
    );
    let text: string;
    try {
      text = new TextDecoder().decode(
        await decompressArchivePart(compressed, header.header.internalCompression),
      );
    } catch {
      return refused(path, {
        ok: false,
        problem: { code: "bad-metadata", values: { detail: "cannot be decompressed" } },
      });
    }
    const metadata = readArchiveMetadata(text);
    if (!metadata.ok) return refused(path, metadata);
    const coverage = regionCoverage(header.header, JIAXING_BOUNDS);
    if (coverage === 0) {
      const bounds = archiveBounds(header.header)
        .map((value) => value.toFixed(2))
        .join(", ");
      return refused(path, { ok: false, problem: { code: "outside-region", values: { bounds } } });
    }
    return report(path, size, header.header, metadata.metadata, coverage);
  } finally {
    closeSync(descriptor);
  }
}

function refused(path: string, checked: Checked<object>): CheckReport {
  const reason = checked.ok ? "" : archiveProblemText(checked.problem, "en");
  return { fits: false, lines: [`${path}: does not fit: ${reason}`] };
}

function report(
  path: string,
  size: number,
  header: Header,
  metadata: { layers: string[]; attribution: string | null },
  coverage: number,
): CheckReport {
  const bounds = archiveBounds(header)
    .map((value) => value.toFixed(4))
    .join(", ");
  const compression = header.tileCompression === Compression.Gzip ? "gzip" : "none";
  const lines = [
    `${path}: PMTiles version ${header.specVersion}, ${formatBytes(size, "en")}`,
    `  tiles: ${header.tileType === TileType.Mvt ? "vector (MVT)" : header.tileType}, ${compression}; ${header.numAddressedTiles.toLocaleString("en")} tiles`,
    `  zooms: ${header.minZoom}–${header.maxZoom}`,
    `  bounds: ${bounds} (covers ${Math.round(coverage * 100)} % of Jiaxing's box)`,
    `  layers: ${metadata.layers.join(", ")}`,
    `  attribution: ${metadata.attribution ?? "(none in the archive: config.json's attribution must credit OpenStreetMap)"}`,
  ];
  const warnings: string[] = [];
  if (coverage < 0.99)
    warnings.push("it covers only part of Jiaxing: beyond its bounds the map shows the embedded basemap");
  if (header.maxZoom < STREET_ZOOM)
    warnings.push(
      `its tiles stop at zoom ${header.maxZoom}: streets and buildings need ${STREET_ZOOM} or more`,
    );
  const absent = OPTIONAL_LAYERS.filter(
    (layer) => ["buildings", "pois"].includes(layer) && !metadata.layers.includes(layer),
  );
  if (absent.length > 0) warnings.push(`no ${absent.join(" or ")} layer: those will not be drawn`);
  lines.push(...warnings.map((warning) => `  warning: ${warning}`));
  lines.push(
    `fits: yes${warnings.length ? ` (${warnings.length} warning${warnings.length > 1 ? "s" : ""})` : ""}`,
  );
  return { fits: true, lines };
}
