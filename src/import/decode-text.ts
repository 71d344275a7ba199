// Text files from Chinese offices come in UTF-8 (with or without a byte-order mark) or in GBK, the
// default of Excel and WPS on Chinese Windows. Strict UTF-8 is tried first: GBK text is almost never
// valid UTF-8, so a decoding error is a reliable sign of GBK.

export interface DecodedText {
  text: string;
  encoding: "utf-8" | "gbk";
}

export function decodeText(bytes: Uint8Array): DecodedText {
  try {
    // The decoder drops a leading byte-order mark by itself (ignoreBOM is false by default).
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    return { text: new TextDecoder("gbk").decode(bytes), encoding: "gbk" };
  }
}
