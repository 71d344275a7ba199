import { describe, expect, it } from "vitest";
import { foldText, originalRange, wordStartIndex } from "./fold-text";

describe("folding names for matching", () => {
  it("keeps letters and digits only, lower case, accents and full-width forms folded", () => {
    expect(foldText("Shanghai–Jiaxing").text).toBe("shanghaijiaxing");
    expect(foldText("ＧＡ Hǎiníng").text).toBe("gahaining");
    expect(foldText("大运河（嘉兴段）").text).toBe("大运河嘉兴段");
  });

  it("maps a match back to the characters of the original name", () => {
    const folded = foldText("Beijing–Hangzhou Grand Canal");
    const at = folded.text.indexOf("hangzhougrand");
    expect(originalRange(folded, at, at + "hangzhougrand".length)).toEqual([8, 22]);
    const chinese = foldText("大运河(嘉兴段)");
    expect(originalRange(chinese, 3, 5)).toEqual([4, 6]);
  });

  it("finds words: after a blank or dash, at each Chinese character, where letters meet digits", () => {
    expect(wordStartIndex(foldText("Shanghai–Jiaxing"), "hanghai")).toBe(-1);
    expect(wordStartIndex(foldText("Shanghai–Jiaxing"), "jiaxing")).toBe(8);
    expect(wordStartIndex(foldText("G525海宁段"), "525")).toBe(1);
    expect(wordStartIndex(foldText("G525海宁段"), "宁段")).toBe(5);
  });
});
