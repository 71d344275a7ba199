// `npm run basemap:check` on archives written by the tests' PMTiles writer: the real test archive fits;
// each broken variant is refused with its reason; the command's exit codes.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { protomapsTestArchive, type TestArchiveOptions } from "../tests/support/protomaps-test-archive";
import { checkArchiveFile } from "./check-archive";

const root = fileURLToPath(new URL("../", import.meta.url));
const folder = mkdtempSync(join(tmpdir(), "basemap-check-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function file(name: string, bytes: Uint8Array): string {
  const path = join(folder, name);
  writeFileSync(path, bytes);
  return path;
}

const variant = (name: string, options: TestArchiveOptions) => file(name, protomapsTestArchive(options));

describe("npm run basemap:check", { timeout: 60_000 }, () => {
  it("says an archive in the Protomaps schema over Jiaxing fits, with its zooms, bounds and layers", async () => {
    const report = await checkArchiveFile(file("jiaxing.pmtiles", protomapsTestArchive()));
    expect(report.fits).toBe(true);
    expect(report.lines).toEqual(
      expect.arrayContaining([
        "  zooms: 0–15",
        "  bounds: 120.2000, 30.2000, 121.4000, 31.1000 (covers 100 % of Jiaxing's box)",
        "fits: yes",
      ]),
    );
    expect(report.lines.join("\n")).toContain("layers: earth, water, roads, buildings, places, pois");
  });

  it("warns about an archive that covers only part of Jiaxing and lacks buildings", async () => {
    const report = await checkArchiveFile(
      variant("part.pmtiles", {
        bounds: [120.7, 30.6, 121.4, 31.1],
        vectorLayers: ["earth", "water", "roads", "places"],
      }),
    );
    expect(report.fits).toBe(true);
    expect(report.lines.filter((line) => line.startsWith("  warning:"))).toHaveLength(2);
    expect(report.lines.at(-1)).toBe("fits: yes (2 warnings)");
  });

  it.each([
    ["empty.pmtiles", () => new Uint8Array(), "the file is empty (0 bytes)"],
    ["truncated.pmtiles", () => protomapsTestArchive().slice(0, 30_000), "the file is truncated"],
    ["raster.pmtiles", () => protomapsTestArchive({ tileType: 3 }), "not vector tiles (JPEG)"],
    [
      "omt.pmtiles",
      () => protomapsTestArchive({ vectorLayers: ["transportation", "water"] }),
      "not in the Protomaps basemap schema",
    ],
    ["beijing.pmtiles", () => protomapsTestArchive({ bounds: [116.2, 39.7, 116.6, 40.1] }), "not Jiaxing"],
    [
      "page.pmtiles",
      () => new TextEncoder().encode("<!doctype html><title>Not found</title>"),
      "not a PMTiles archive",
    ],
  ])("refuses %s and says why", async (name, bytes, reason) => {
    const report = await checkArchiveFile(file(name, bytes()));
    expect(report.fits).toBe(false);
    expect(report.lines).toHaveLength(1);
    expect(report.lines[0]).toContain(`${name}: does not fit: `);
    expect(report.lines[0]).toContain(reason);
  });

  it("exits 0 when every archive fits, 1 when one does not, 2 without a file", () => {
    const run = (...args: string[]) =>
      spawnSync(process.execPath, ["--import", "tsx", "scripts/basemap-check.ts", ...args], {
        cwd: root,
        encoding: "utf8",
      });
    const good = file("good.pmtiles", protomapsTestArchive());
    expect(run(good).status).toBe(0);
    const bad = run(good, file("zero.pmtiles", new Uint8Array()));
    expect([bad.status, bad.stdout.trim().split("\n").at(-1)]).toEqual([
      1,
      `${join(folder, "zero.pmtiles")}: does not fit: the file is empty (0 bytes)`,
    ]);
    expect(run().status).toBe(2);
    expect(run(join(folder, "missing.pmtiles")).stdout).toContain("cannot be read (ENOENT)");
  });
});
