import { describe, expect, it } from "vitest";
import { slideLayout, wrapLines } from "./export-slide-layout";

// One unit per character, spaces included: easy to reason about.
const measure = (text: string) => [...text].length;

describe("wrapLines", () => {
  it("breaks Chinese between characters and never starts a line with closing punctuation", () => {
    expect(wrapLines("打好航空枢纽建设攻坚战。加快推进", 11, measure)).toEqual([
      "打好航空枢纽建设攻坚战。",
      "加快推进",
    ]);
    expect(wrapLines("甲乙丙丁", 2, measure)).toEqual(["甲乙", "丙丁"]);
  });

  it("breaks English at spaces and keeps every word", () => {
    const text = "Win the battle of building the air hub.";
    const lines = wrapLines(text, 16, measure);
    expect(lines).toEqual(["Win the battle", "of building the", "air hub."]);
    expect(lines.join(" ")).toBe(text);
  });
});

describe("slideLayout", () => {
  it("puts the caption bottom left, the inset top left and the side column right of the caption", () => {
    const layout = slideLayout(1920, 1080, 300);
    expect(layout.caption.width).toBeCloseTo(1190.4, 6);
    expect(layout.caption.y + layout.caption.height).toBeCloseTo(1080 - 32.4, 6);
    expect(layout.insetPanel.y + layout.insetPanel.height).toBeLessThan(layout.caption.y);
    expect(layout.side.x).toBeGreaterThan(layout.caption.x + layout.caption.width);
    expect(layout.side.x + layout.side.width).toBeLessThanOrEqual(1920);
  });

  it("scales with the image: a 4K export is the same layout, twice the size", () => {
    const small = slideLayout(1920, 1080, 300);
    const large = slideLayout(3840, 2160, 600);
    expect(large.caption.width).toBeCloseTo(small.caption.width * 2, 6);
    expect(large.inset.width).toBeCloseTo(small.inset.width * 2, 6);
  });
});
