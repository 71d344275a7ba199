import { describe, expect, it } from "vitest";
import { namePinyin } from "./name-pinyin";

describe("pinyin of a name", () => {
  it("spells the name without tones or spaces, with its initials", () => {
    expect(namePinyin("杭海城际铁路")).toEqual({
      pinyin: "hanghaichengjitielu",
      initials: "hhcjtl",
      spans: "435232",
    });
  });

  it("keeps Latin letters and digits, drops punctuation", () => {
    expect(namePinyin("G524秀洲")).toEqual({ pinyin: "g524xiuzhou", initials: "g524xz", spans: "111134" });
    expect(namePinyin("大运河(嘉兴段)").spans).toBe("23203440");
  });

  it("reads polyphones from their words and writes ü as v", () => {
    expect(namePinyin("长三角").pinyin).toBe("changsanjiao");
    expect(namePinyin("绿道").pinyin).toBe("lvdao");
  });

  it("leaves out what has no pinyin (emoji, other scripts) without breaking the spans", () => {
    expect(namePinyin("🚄嘉兴")).toEqual({ pinyin: "jiaxing", initials: "jx", spans: "034" });
  });
});
