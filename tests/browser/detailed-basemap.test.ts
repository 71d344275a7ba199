// Issue 30: a detailed basemap from a PMTiles archive next to the app, drawn offline, and every archive
// that cannot be drawn falling back to the embedded basemap with a notice that names the problem. The
// archives are written by the tests' own PMTiles writer (tests/support), served on the app's origin with
// byte ranges as a static host serves them.
import { afterAll, describe, expect, it } from "vitest";
import { protomapsTestArchive, STATION_NAMES } from "../support/protomaps-test-archive";
import { closeBrowsers, sharedApp, waitForRender } from "./support/app-page";
import { drawnArchive, onlineSources, pmtilesReaderLoaded } from "./support/basemap-queries";
import { type ServedArchive, serveArchives, serveConfig } from "./support/serve-archive";

afterAll(closeBrowsers);

const archive = protomapsTestArchive();
const streets = (id: string, url: string) => ({
  id,
  kind: "pmtiles",
  url,
  name_zh: `街道详图 ${id}`,
  name_en: `Streets ${id}`,
});

// A small desktop window: software WebGL draws it faster, and nothing here depends on the size.
const SMALL_WINDOW = { width: 960, height: 640 };
// Zoom 14 around 嘉兴南站, where six project corridors overlap.
const STATION_VIEW = "/?map=14/30.7044/120.7936";

// Every archive a deployment might offer: a good one (the default) and each kind that cannot be drawn.
const archives: Record<string, ServedArchive> = {
  "detail/jiaxing.pmtiles": { bytes: archive },
  "detail/gone.pmtiles": { bytes: archive, status: 404 },
  "detail/geojson.pmtiles": { bytes: new TextEncoder().encode('{"type":"FeatureCollection","features":[]}') },
  "detail/omt.pmtiles": {
    bytes: protomapsTestArchive({ vectorLayers: ["transportation", "building", "water", "place"] }),
  },
  "detail/beijing.pmtiles": { bytes: protomapsTestArchive({ bounds: [116.2, 39.7, 116.6, 40.1] }) },
  "detail/whole.pmtiles": { bytes: archive, ranges: false },
  "detail/zero.pmtiles": { bytes: new Uint8Array() },
  "detail/cut.pmtiles": { bytes: archive.slice(0, 40_000) },
  "detail/huge.pmtiles": { bytes: withMetadataLength(archive, 3_000_000_000) },
  "detail/raster.pmtiles": { bytes: protomapsTestArchive({ tileType: 2 }) },
  "detail/broken-tiles.pmtiles": { bytes: archive, failFrom: 16_384 }, // a good header, no tile
};
const refusedUrls = [
  "javascript:alert(1)",
  "data:application/octet-stream;base64,UE1UaWxlcw==",
  "http://tiles.example.com/j.pmtiles",
];

function withMetadataLength(bytes: Uint8Array, length: number): Uint8Array {
  const copy = bytes.slice();
  new DataView(copy.buffer).setBigUint64(32, BigInt(length), true);
  return copy;
}

describe("a detailed basemap from a PMTiles archive", () => {
  let ranges: Map<string, string[]>;
  const app = sharedApp(STATION_VIEW, {
    ...SMALL_WINDOW,
    beforeNavigate: async (page) => {
      await serveConfig(page, {
        default: "jiaxing",
        basemaps: [
          ...Object.keys(archives).map((path) => streets(path.replace(/^detail\/|\.pmtiles$/g, ""), path)),
          streets("absent", "detail/absent.pmtiles"), // not routed: the preview server's own answer
          ...refusedUrls.map((url, index) => streets(`refused-${index}`, url)),
        ],
      });
      ranges = await serveArchives(page, archives);
    },
  });

  it("as the default, draws roads, water, buildings and the station's name at zoom 14, all from this site", async () => {
    const { page } = app();
    await expect.poll(() => onlineSources(page), { timeout: 30_000 }).toEqual(["online-jiaxing"]);
    expect(await page.locator(".notice", { hasText: "详细底图" }).count()).toBe(0);
    await waitForRender(page);
    await expect.poll(async () => (await drawnArchive(page)).pois?.names ?? []).toContain(STATION_NAMES.zh);
    const drawn = await drawnArchive(page);
    expect(Object.keys(drawn)).toEqual(
      expect.arrayContaining(["earth", "water", "roads", "buildings", "pois"]),
    );
    expect(drawn.roads?.count).toBeGreaterThan(20);
    expect(drawn.water?.count).toBeGreaterThan(0);
    expect(drawn.buildings?.count).toBeGreaterThan(20);
    expect(drawn.roads?.names).toContain("测试大道二"); // a street's name reads through the corridors
    // Read by byte ranges, the first one the header and root directory.
    expect(ranges.get("detail/jiaxing.pmtiles")?.[0]).toBe("bytes=0-16383");
    expect(ranges.get("detail/jiaxing.pmtiles")?.every((range) => range.startsWith("bytes="))).toBe(true);
    expect(await pmtilesReaderLoaded(page)).toBe(true);
    expect(app().outsideRequests).toEqual([]);
    expect(app().consoleErrors).toEqual([]);
  });

  it("shows no close-up note while the archive is drawn, and credits OpenStreetMap", async () => {
    const { page } = app();
    expect(await page.locator(".close-up-note").count()).toBe(0);
    expect(await page.locator(".maplibregl-ctrl-attrib-inner").innerHTML()).toContain("OpenStreetMap");
  });

  it("refuses javascript:, data: and plain-http addresses in config.json with a notice, offering the rest", async () => {
    const { page } = app();
    const first = Object.keys(archives).length + 1; // the config entries' index of the first refused one
    for (const index of refusedUrls.keys()) {
      const problem = `basemaps[${first + index}]: url: must be a path on this site`;
      await page.locator(".notice", { hasText: problem }).waitFor();
    }
    const offered = await page.getByRole("combobox", { name: "底图" }).locator("option").allTextContents();
    expect(offered).toHaveLength(1 + first);
    expect(offered.join()).not.toContain("refused");
  });

  it.each([
    ["gone", "找不到文件 gone.pmtiles（HTTP 404）"],
    ["absent", "服务器返回的是网页而不是底图文件，absent.pmtiles 可能不在所配置的位置"],
    ["geojson", "文件不是 PMTiles 格式"],
    ["omt", "不是 Protomaps 底图结构：缺少图层 earth, roads, places"],
    ["beijing", "覆盖范围（116.20, 39.70, 116.60, 40.10）不含嘉兴"],
    ["whole", "服务器不支持按字节范围读取"],
    ["zero", "文件为空（0 字节）"],
    ["cut", "文件不完整：应至少有"],
    ["huge", "文件头异常：元数据长 3.0 GB，超出上限 1.0 MB"],
    ["raster", "瓦片不是矢量瓦片（PNG）"],
  ])(
    "falls back from %s to the embedded basemap with a notice that names the problem",
    async (id, problem) => {
      const { page } = app();
      await page.getByRole("combobox", { name: "底图" }).selectOption(id);
      await page.locator(".notice", { hasText: `详细底图 街道详图 ${id} 无法使用：${problem}` }).waitFor();
      expect(await onlineSources(page)).toEqual([]);
      // The embedded basemap is back, with the note offering the detailed basemaps again.
      await page.locator(".close-up-note").getByRole("button", { name: "街道详图 jiaxing" }).waitFor();
    },
  );

  it("falls back when the archive's tiles cannot be read after a good header", async () => {
    const { page } = app();
    await page.getByRole("combobox", { name: "底图" }).selectOption("broken-tiles");
    const notice = page.locator(".notice", { hasText: "详细底图 街道详图 broken-tiles 无法使用：" });
    await notice.waitFor({ timeout: 15_000 });
    expect(await notice.textContent()).toContain("500");
    expect(await onlineSources(page)).toEqual([]);
  });

  it("read no more than the header of a file it refused, even from a server without byte ranges", () => {
    expect(ranges.get("detail/huge.pmtiles")).toEqual(["bytes=0-16383"]);
    expect(ranges.get("detail/whole.pmtiles")).toEqual(["bytes=0-16383"]);
  });

  it("draws the archive again in one click from the close-up note", async () => {
    const { page } = app();
    await page.locator(".close-up-note").getByRole("button", { name: "街道详图 jiaxing" }).click();
    await expect.poll(() => onlineSources(page), { timeout: 30_000 }).toEqual(["online-jiaxing"]);
    await page.locator(".close-up-note").waitFor({ state: "detached" });
    expect(app().outsideRequests).toEqual([]);
  });
});
