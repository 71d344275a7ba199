// The label font is cut from Noto Sans SC's simplified-Chinese file and declares only what it holds.
import fontverter from "fontverter";
import { Blob, Face } from "harfbuzzjs";
import { describe, expect, it } from "vitest";
import { codePointsOf } from "./label-characters";
import { subsetLabelFont, unicodeRanges } from "./label-font";

async function heldBy(woff2: Uint8Array): Promise<Set<number>> {
  return new Set(
    new Face(new Blob(await fontverter.convert(Buffer.from(woff2), "sfnt")), 0).collectUnicodes(),
  );
}

describe("subsetLabelFont", () => {
  it("cuts a small woff2 file holding every asked character that Noto Sans SC has", async () => {
    const asked = codePointsOf(["嘉兴南湖区海盐县", "Jiaxing 5 km"]);
    const font = await subsetLabelFont(asked);
    expect(new TextDecoder().decode(font.woff2.slice(0, 4))).toBe("wOF2");
    expect(font.woff2.length).toBeLessThan(20_000); // bytes; the whole simplified-Chinese file is ≈ 1.1 MB
    expect(font.codePoints).toEqual(asked);
    const held = await heldBy(font.woff2);
    for (const point of asked) expect(held.has(point), String.fromCodePoint(point)).toBe(true);
  });

  it("leaves out and does not declare what the file lacks, so those characters reach the other subsets", async () => {
    const asked = codePointsOf(["嘉兴", "𠀀", "🚄"]); // CJK Extension B and an emoji: not in the file
    const font = await subsetLabelFont(asked);
    expect(font.codePoints).toEqual(codePointsOf(["嘉兴"]));
    const held = await heldBy(font.woff2);
    expect(held.has(0x20000)).toBe(false);
  });
});

describe("unicodeRanges", () => {
  it("writes single characters and merges runs of neighbours", () => {
    expect(unicodeRanges([0x20, 0x21, 0x22, 0x41, 0x4e00, 0x4e02, 0x4e03])).toEqual([
      "U+20-22",
      "U+41",
      "U+4E00",
      "U+4E02-4E03",
    ]);
    expect(unicodeRanges([])).toEqual([]);
  });
});
