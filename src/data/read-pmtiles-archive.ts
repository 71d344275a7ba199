// Reads a PMTiles archive's header and metadata over HTTP byte ranges and says whether it can be the
// detailed basemap (pmtiles-archive.ts judges). Two small requests at most, each read no further than
// asked even from a server that ignores ranges, and all of it within the deployment's fallback time: a
// missing, wrong or hostile file ends in a problem a person can act on, never a stalled page.
import type { Header } from "pmtiles";
import {
  ARCHIVE_START_BYTES,
  type ArchiveMetadata,
  type ArchiveProblem,
  type Checked,
  checkRegion,
  decompressArchivePart,
  problem,
  readArchiveHeader,
  readArchiveMetadata,
} from "./pmtiles-archive";
import { JIAXING_BOUNDS } from "./region";

export interface ArchiveFacts {
  header: Header;
  metadata: ArchiveMetadata;
  coverage: number; // share of Jiaxing's box inside the archive's bounds (0–1)
}

type Range = Checked<{ bytes: Uint8Array; totalBytes: number | null }>;

export async function readPmtilesArchive(
  url: string,
  timeoutSeconds: number,
  fetcher: typeof fetch = fetch,
): Promise<Checked<{ archive: ArchiveFacts }>> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutSeconds * 1000);
  const file = url.replace(/[?#].*$/, "").replace(/^.*\//, "");
  try {
    const start = await fetchRange(url, file, 0, ARCHIVE_START_BYTES, controller.signal, fetcher);
    if (!start.ok) return start;
    const read = readArchiveHeader(start.bytes, start.totalBytes);
    if (!read.ok) return read;
    const { header } = read;
    const offset = header.jsonMetadataOffset;
    const length = header.jsonMetadataLength;
    let compressed: Uint8Array;
    if (offset + length <= start.bytes.length) compressed = start.bytes.subarray(offset, offset + length);
    else {
      const part = await fetchRange(url, file, offset, length, controller.signal, fetcher);
      if (!part.ok) return part;
      if (part.bytes.length < length)
        return problem("truncated", { expected: offset + length, actual: offset + part.bytes.length });
      compressed = part.bytes;
    }
    let text: string;
    try {
      text = new TextDecoder().decode(await decompressArchivePart(compressed, header.internalCompression));
    } catch {
      return problem("bad-metadata", { detail: "cannot be decompressed" });
    }
    const metadata = readArchiveMetadata(text);
    if (!metadata.ok) return metadata;
    const region = checkRegion(header, JIAXING_BOUNDS);
    if (!region.ok) return region;
    return { ok: true, archive: { header, metadata: metadata.metadata, coverage: region.coverage } };
  } catch (error) {
    if (controller.signal.aborted) return problem("timeout", { seconds: timeoutSeconds });
    return problem("network", { detail: error instanceof Error ? error.message : String(error) });
  } finally {
    clearTimeout(timer);
  }
}

async function fetchRange(
  url: string,
  file: string,
  offset: number,
  length: number,
  signal: AbortSignal,
  fetcher: typeof fetch,
): Promise<Range> {
  const response = await fetcher(url, {
    headers: { Range: `bytes=${offset}-${offset + length - 1}` },
    signal,
  });
  if (response.status === 416) {
    await response.body?.cancel();
    return offset === 0
      ? problem("empty")
      : problem("truncated", { expected: offset + length, actual: offset });
  }
  if (response.status === 404 || response.status === 410) {
    await response.body?.cancel();
    return problem("not-found", { file, status: response.status });
  }
  if (!response.ok) {
    await response.body?.cancel();
    return problem("http-status", { status: response.status });
  }
  // A site that sends its page for unknown paths (a single-page app's fallback) answers with HTML.
  if ((response.headers.get("Content-Type") ?? "").includes("text/html")) {
    await response.body?.cancel();
    return problem("web-page", { file });
  }
  const capped = await readAtMost(response, length);
  // A 200 carries the whole file: fine when the whole file is what was asked for, a server without
  // byte ranges otherwise (the next request would download the whole archive again).
  if (response.status === 200 && (capped.overflow || offset > 0)) return problem("no-byte-ranges");
  const total = response.headers.get("Content-Range")?.match(/\/(\d+)\s*$/)?.[1];
  const totalBytes = response.status === 200 ? capped.bytes.length : total ? Number(total) : null;
  return { ok: true, bytes: capped.bytes, totalBytes };
}

// Reads a body up to `limit` bytes and stops: a server that ignores the range must not make the page
// download a file of hundreds of megabytes.
async function readAtMost(
  response: Response,
  limit: number,
): Promise<{ bytes: Uint8Array; overflow: boolean }> {
  const reader = response.body?.getReader();
  if (!reader) return { bytes: new Uint8Array(), overflow: false };
  const parts: Uint8Array[] = [];
  let size = 0;
  while (true) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(value);
    size += value.length;
    if (size > limit) {
      await reader.cancel();
      return { bytes: new Uint8Array(), overflow: true };
    }
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.length;
  }
  return { bytes, overflow: false };
}

export type { ArchiveProblem };
