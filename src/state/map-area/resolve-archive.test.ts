import { describe, expect, it } from "vitest";
import { protomapsTestArchive } from "../../../tests/support/protomaps-test-archive";
import type { BasemapOption } from "../../data/basemap-config";
import { formatBytes } from "../../i18n/archive-problem-text";
import { ARCHIVE_ATTRIBUTION, resolveArchive } from "./resolve-archive";

const PAGE = "https://map.example.org/jiaxing/";
const option: BasemapOption = {
  id: "detail",
  kind: "pmtiles",
  name_zh: "街道详图",
  name_en: "Streets",
  url: "detail/jiaxing.pmtiles",
};

// Serves `bytes` at any address with byte ranges, and records the addresses asked for.
function server(bytes: Uint8Array) {
  const asked: string[] = [];
  const fetcher = (async (url: string, init?: RequestInit) => {
    asked.push(url);
    const [, start = "0", end = "0"] =
      /bytes=(\d+)-(\d+)/.exec(new Headers(init?.headers).get("Range") ?? "") ?? [];
    const last = Math.min(Number(end), bytes.length - 1);
    return new Response(bytes.slice(Number(start), last + 1), {
      status: 206,
      headers: { "Content-Range": `bytes ${start}-${last}/${bytes.length}` },
    });
  }) as typeof fetch;
  return { fetcher, asked };
}

describe("resolving a PMTiles basemap", () => {
  it("reads the archive next to the app and draws it with its zooms, bounds and the OpenStreetMap credit", async () => {
    const { fetcher, asked } = server(protomapsTestArchive());
    const resolved = await resolveArchive(option, 6, PAGE, fetcher);
    if (!resolved.ok) throw new Error(resolved.detail);
    expect(asked[0]).toBe("https://map.example.org/jiaxing/detail/jiaxing.pmtiles");
    expect(resolved.active).toMatchObject({
      kind: "pmtiles",
      id: "detail",
      url: "https://map.example.org/jiaxing/detail/jiaxing.pmtiles",
      minzoom: 0,
      maxzoom: 15,
      bounds: [120.2, 30.2, 121.4, 31.1],
      attribution: ARCHIVE_ATTRIBUTION,
    });
    expect(ARCHIVE_ATTRIBUTION).toContain("OpenStreetMap");
  });

  it("refuses a forbidden address without fetching, in both languages", async () => {
    const { fetcher, asked } = server(protomapsTestArchive());
    const resolved = await resolveArchive({ ...option, url: "javascript:alert(1)" }, 6, PAGE, fetcher);
    expect(asked).toEqual([]);
    expect(resolved).toMatchObject({
      ok: false,
      details: {
        zh: expect.stringContaining("只能是本站路径或 https 地址"),
        en: expect.stringContaining("https"),
      },
    });
  });

  it("says what is wrong with a truncated archive, with sizes a person reads", async () => {
    const archive = protomapsTestArchive();
    const { fetcher } = server(archive.slice(0, 40_000));
    const resolved = await resolveArchive(option, 6, PAGE, fetcher);
    expect(resolved.ok ? null : resolved.details).toEqual({
      zh: `文件不完整：应至少有 ${formatBytes(archive.length, "zh")}，实际只有 40.0 kB`,
      en: `the file is truncated: it should hold at least ${formatBytes(archive.length, "en")} but has 40.0 kB`,
    });
  });

  it("writes sizes in bytes, kB, MB and GB", () => {
    expect([
      formatBytes(127, "zh"),
      formatBytes(127, "en"),
      formatBytes(16_384, "en"),
      formatBytes(3e9, "en"),
    ]).toEqual(["127 字节", "127 bytes", "16.4 kB", "3.0 GB"]);
  });
});
