import { describe, expect, it } from "vitest";
import { decodeText } from "./decode-text";
import { parseCsv } from "./parse-csv";

// 名称,经度,纬度 / 学校,120.75,30.75 in GBK (名 C3FB, 称 B3C6, 经 BEAD, 度 B6C8, 纬 CEB3, 学 D1A7, 校 D0A3).
const GBK_TABLE = [
  0xc3,
  0xfb,
  0xb3,
  0xc6,
  0x2c,
  0xbe,
  0xad,
  0xb6,
  0xc8,
  0x2c,
  0xce,
  0xb3,
  0xb6,
  0xc8,
  0x0a,
  0xd1,
  0xa7,
  0xd0,
  0xa3,
  0x2c,
  ...new TextEncoder().encode("120.75,30.75\n"),
];

describe("decodeText", () => {
  it("reads UTF-8 with or without a byte-order mark", () => {
    const text = "名称,经度\n";
    expect(decodeText(new TextEncoder().encode(text))).toEqual({ text, encoding: "utf-8" });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]))).toEqual({
      text,
      encoding: "utf-8",
    });
  });

  it("reads GBK, and GBK behind a UTF-8 byte-order mark, with its first header intact (R6)", () => {
    for (const bytes of [new Uint8Array(GBK_TABLE), new Uint8Array([0xef, 0xbb, 0xbf, ...GBK_TABLE])]) {
      const decoded = decodeText(bytes);
      expect(decoded).toEqual({ text: "名称,经度,纬度\n学校,120.75,30.75\n", encoding: "gbk" });
      const outcome = parseCsv({ text: decoded.text, fileName: "学校.csv", byteLength: bytes.length });
      expect(outcome.ok && outcome.result.layer.features.features[0]?.properties).toEqual({ 名称: "学校" });
    }
  });
});
