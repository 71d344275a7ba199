import { describe, expect, it } from "vitest";
import { protomapsTestArchive } from "../../tests/support/protomaps-test-archive";
import { ARCHIVE_START_BYTES } from "./pmtiles-archive";
import { readPmtilesArchive } from "./read-pmtiles-archive";

const URL = "https://maps.example/detail/jiaxing.pmtiles";

interface Served {
  ranges?: boolean; // answer Range requests with 206 (default true)
  status?: number;
  contentType?: string;
}

// A static file server in a function: byte ranges as nginx serves them, or the whole file.
function serve(
  bytes: Uint8Array,
  { ranges = true, status, contentType = "application/octet-stream" }: Served = {},
) {
  const requests: string[] = [];
  const fetcher = (async (_url: string, init?: RequestInit) => {
    const range = new Headers(init?.headers).get("Range") ?? "";
    requests.push(range);
    if (status) return new Response("no", { status });
    const match = /bytes=(\d+)-(\d+)/.exec(range);
    if (!ranges || !match)
      return new Response(bytes as BodyInit, { status: 200, headers: { "Content-Type": contentType } });
    const start = Number(match[1]);
    if (start >= bytes.length)
      return new Response(null, { status: 416, headers: { "Content-Range": `bytes */${bytes.length}` } });
    const end = Math.min(Number(match[2]), bytes.length - 1);
    return new Response(bytes.slice(start, end + 1), {
      status: 206,
      headers: { "Content-Type": contentType, "Content-Range": `bytes ${start}-${end}/${bytes.length}` },
    });
  }) as typeof fetch;
  return { fetcher, requests };
}

const archive = protomapsTestArchive();

async function problemOf(bytes: Uint8Array, served: Served = {}) {
  const result = await readPmtilesArchive(URL, 5, serve(bytes, served).fetcher);
  return result.ok ? "ok" : result.problem;
}

function withUint64(bytes: Uint8Array, at: number, value: number): Uint8Array {
  const copy = bytes.slice();
  new DataView(copy.buffer).setBigUint64(at, BigInt(value), true);
  return copy;
}

describe("reading a PMTiles archive's header and metadata", () => {
  it("accepts the Protomaps-schema test archive in at most two small range requests", async () => {
    const { fetcher, requests } = serve(archive);
    const result = await readPmtilesArchive(URL, 5, fetcher);
    if (!result.ok) throw new Error(JSON.stringify(result.problem));
    expect(result.archive.header.maxZoom).toBe(15);
    expect(result.archive.metadata.layers).toEqual(expect.arrayContaining(["earth", "roads", "pois"]));
    expect(result.archive.coverage).toBe(1);
    expect(requests[0]).toBe(`bytes=0-${ARCHIVE_START_BYTES - 1}`);
    expect(requests.length).toBeLessThanOrEqual(2);
  });

  it("names each problem of a file that cannot be the basemap", async () => {
    expect(await problemOf(archive, { status: 404 })).toEqual({
      code: "not-found",
      values: { file: "jiaxing.pmtiles", status: 404 },
    });
    expect(
      await problemOf(new TextEncoder().encode("<!doctype html>"), { contentType: "text/html" }),
    ).toMatchObject({
      code: "web-page",
    });
    expect(await problemOf(archive, { status: 500 })).toMatchObject({
      code: "http-status",
      values: { status: 500 },
    });
    expect(await problemOf(new Uint8Array())).toMatchObject({ code: "empty" });
    expect(await problemOf(archive, { ranges: false })).toMatchObject({ code: "no-byte-ranges" });
    expect(await problemOf(new TextEncoder().encode('{"type":"FeatureCollection"}'))).toMatchObject({
      code: "not-pmtiles",
    });
    const version2 = archive.slice();
    version2[7] = 2;
    expect(await problemOf(version2)).toMatchObject({ code: "version", values: { version: 2 } });
  });

  it("refuses a truncated file before any tile is read", async () => {
    expect(await problemOf(archive.slice(0, archive.length - 500))).toMatchObject({
      code: "truncated",
      values: { expected: archive.length, actual: archive.length - 500 },
    });
    expect(await problemOf(archive.slice(0, 60))).toMatchObject({ code: "truncated" });
  });

  it("refuses a header that claims a huge metadata or root directory, without asking for it", async () => {
    const { fetcher, requests } = serve(withUint64(archive, 32, 3_000_000_000));
    const result = await readPmtilesArchive(URL, 5, fetcher);
    expect(result.ok ? null : result.problem).toMatchObject({
      code: "huge-header",
      values: { part: "metadata" },
    });
    expect(requests).toHaveLength(1);
    expect(await problemOf(withUint64(archive, 16, 2_000_000))).toMatchObject({
      code: "huge-header",
      values: { part: "root" },
    });
  });

  it("refuses raster tiles, another schema and another region", async () => {
    expect(await problemOf(protomapsTestArchive({ tileType: 2 }))).toMatchObject({
      code: "not-vector",
      values: { type: "PNG" },
    });
    expect(
      await problemOf(
        protomapsTestArchive({ vectorLayers: ["transportation", "building", "water", "place"] }),
      ),
    ).toMatchObject({ code: "other-schema", values: { missing: "earth, roads, places" } });
    expect(await problemOf(protomapsTestArchive({ bounds: [116.2, 39.7, 116.6, 40.1] }))).toMatchObject({
      code: "outside-region",
      values: { bounds: "116.20, 39.70, 116.60, 40.10" },
    });
  });

  it("gives up on a server that does not answer within the fallback time", async () => {
    const stalled = ((_url: string, init?: RequestInit) =>
      new Promise((_resolve, reject) =>
        init?.signal?.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError"))),
      )) as typeof fetch;
    const started = Date.now();
    const result = await readPmtilesArchive(URL, 0.2, stalled);
    expect(result.ok ? null : result.problem).toEqual({ code: "timeout", values: { seconds: 0.2 } });
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it("reports a network failure with the browser's words", async () => {
    const refused = (() => Promise.reject(new TypeError("Failed to fetch"))) as typeof fetch;
    expect(await readPmtilesArchive(URL, 5, refused)).toEqual({
      ok: false,
      problem: { code: "network", values: { detail: "Failed to fetch" } },
    });
  });
});
