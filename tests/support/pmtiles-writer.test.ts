// The test archives are only as good as their writer: everything it writes is read back here with the
// pmtiles package's own reader (the one the app uses), and the app's checks accept it.
import { Compression, PMTiles, type RangeResponse, type Source, TileType, zxyToTileId } from "pmtiles";
import { describe, expect, it } from "vitest";
import { readArchiveHeader, readArchiveMetadata, regionCoverage } from "../../src/data/pmtiles-archive";
import { JIAXING_BOUNDS } from "../../src/data/region";
import { type TileToWrite, tileId, writePmtiles } from "./pmtiles-writer";
import { protomapsTestArchive, STATION } from "./protomaps-test-archive";
import { tileAt } from "./vector-tile-pyramid";

// An archive in memory, read as the browser reads one over HTTP: byte ranges.
class MemorySource implements Source {
  readonly requests: [number, number][] = [];
  constructor(private readonly bytes: Uint8Array) {}
  getKey() {
    return "memory";
  }
  async getBytes(offset: number, length: number): Promise<RangeResponse> {
    this.requests.push([offset, length]);
    return { data: this.bytes.slice(offset, offset + length).buffer };
  }
}

const bytesOf = (text: string) => new TextEncoder().encode(text);

describe("the test PMTiles writer", () => {
  it("numbers tiles along the Hilbert curve exactly as the pmtiles reader does", () => {
    for (let z = 0; z <= 6; z += 1)
      for (let x = 0; x < 2 ** z; x += 1)
        for (let y = 0; y < 2 ** z; y += 1) expect(tileId(z, x, y)).toBe(zxyToTileId(z, x, y));
    for (const [z, x, y] of [
      [12, 3418, 1678],
      [14, 13687, 6718],
      [15, 27374, 13436],
      [20, 876_543, 430_001],
    ] as const)
      expect(tileId(z, x, y)).toBe(zxyToTileId(z, x, y));
  });

  it("writes header, directory, metadata and tiles the reader reads back, repeated tiles stored once", async () => {
    const same = bytesOf("the same tile");
    const tiles: TileToWrite[] = [
      { z: 0, x: 0, y: 0, data: bytesOf("world") },
      { z: 2, x: 1, y: 1, data: same },
      { z: 2, x: 1, y: 2, data: same },
      { z: 2, x: 2, y: 2, data: same },
      { z: 3, x: 6, y: 3, data: bytesOf("a tile at zoom 3") },
    ];
    const archive = writePmtiles({ tiles, bounds: [120.2, 30.2, 121.4, 31.1], metadata: { name: "test" } });
    const reader = new PMTiles(new MemorySource(archive));
    const header = await reader.getHeader();
    expect(header).toMatchObject({
      specVersion: 3,
      minZoom: 0,
      maxZoom: 3,
      minLon: 120.2,
      maxLat: 31.1,
      tileType: TileType.Mvt,
      tileCompression: Compression.Gzip,
      internalCompression: Compression.Gzip,
      numAddressedTiles: 5,
      numTileContents: 3,
      clustered: true,
    });
    for (const tile of tiles) {
      const read = await reader.getZxy(tile.z, tile.x, tile.y);
      expect(new Uint8Array(read?.data ?? new ArrayBuffer(0))).toEqual(tile.data);
    }
    expect(await reader.getZxy(2, 0, 0)).toBeUndefined();
    expect(await reader.getMetadata()).toEqual({ name: "test" });
  });

  it("moves the directory into leaves when the root would not fit the first 16 KiB", async () => {
    const tiles: TileToWrite[] = [];
    for (let x = 0; x < 128; x += 1)
      for (let y = 0; y < 128; y += 1) tiles.push({ z: 7, x, y, data: bytesOf(`tile ${x}/${y}`) });
    const archive = writePmtiles({ tiles, bounds: [0, 0, 1, 1], metadata: {}, gzip: false });
    const source = new MemorySource(archive);
    const reader = new PMTiles(source);
    const header = await reader.getHeader();
    expect(header.leafDirectoryLength).toBeGreaterThan(0);
    expect(header.rootDirectoryOffset + header.rootDirectoryLength).toBeLessThanOrEqual(16_384);
    for (const [x, y] of [
      [0, 0],
      [77, 12],
      [127, 127],
    ] as const) {
      const read = await reader.getZxy(7, x, y);
      expect(new TextDecoder().decode(read?.data)).toBe(`tile ${x}/${y}`);
    }
  });

  it("builds a Protomaps-schema archive of Jiaxing that the app's own checks accept", async () => {
    const archive = protomapsTestArchive();
    const checked = readArchiveHeader(archive.subarray(0, 16_384), archive.length);
    if (!checked.ok) throw new Error(JSON.stringify(checked.problem));
    expect(regionCoverage(checked.header, JIAXING_BOUNDS)).toBe(1);
    const reader = new PMTiles(new MemorySource(archive));
    const metadata = JSON.stringify(await reader.getMetadata());
    expect(readArchiveMetadata(metadata)).toMatchObject({ ok: true });
    // A street-level tile holds the station.
    const [x, y] = tileAt(STATION[0] as number, STATION[1] as number, 14);
    const tile = await reader.getZxy(14, x, y);
    expect(tile?.data.byteLength).toBeGreaterThan(1000);
    expect(new TextDecoder().decode(tile?.data)).toContain("嘉兴南站");
  });
});
