// Cuts one small woff2 file for the map's labels out of Noto Sans SC's simplified-Chinese file (≈ 1.1 MB,
// ≈ 7,900 characters, Latin included), with harfbuzz (subset-font) at build time. Only characters that
// file really has are kept and declared: a declared character the file lacked would be drawn by whatever
// font the browser falls back to, while an undeclared one still reaches the per-range subsets.
import { readFileSync } from "node:fs";
import fontverter from "fontverter";
import { Blob, Face } from "harfbuzzjs";
import subsetFont from "subset-font";
import { repositoryPath } from "./basemap/paths.ts";

export const LABEL_FONT_SOURCE = repositoryPath(
  "node_modules/@fontsource/noto-sans-sc/files/noto-sans-sc-chinese-simplified-400-normal.woff2",
);

export interface LabelFont {
  woff2: Uint8Array;
  codePoints: number[]; // the characters the file holds, of those asked for
}

export async function subsetLabelFont(codePoints: number[], source = LABEL_FONT_SOURCE): Promise<LabelFont> {
  // Decompressed once: harfbuzz reads the characters from it and subset-font cuts it (given the woff2,
  // subset-font would decompress it again).
  const font = await fontverter.convert(readFileSync(source), "sfnt");
  const held = new Set(new Face(new Blob(font), 0).collectUnicodes());
  const kept = codePoints.filter((point) => held.has(point));
  const woff2 = await subsetFont(font, String.fromCodePoint(...kept), { targetFormat: "woff2" });
  return { woff2: new Uint8Array(woff2), codePoints: kept };
}

/** CSS unicode-range entries for sorted code points, runs of neighbours merged: "U+4E00-4E02". */
export function unicodeRanges(codePoints: number[]): string[] {
  const ranges: string[] = [];
  let start = -1;
  let end = -1;
  const close = () => {
    if (start < 0) return;
    const hex = (point: number) => point.toString(16).toUpperCase();
    ranges.push(start === end ? `U+${hex(start)}` : `U+${hex(start)}-${hex(end)}`);
  };
  for (const point of codePoints) {
    if (point === end + 1) {
      end = point;
      continue;
    }
    close();
    start = point;
    end = point;
  }
  close();
  return ranges;
}
