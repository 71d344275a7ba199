// Text files from Chinese offices come in UTF-8 (with or without a byte-order mark) or in GBK, the
// default of Excel and WPS on Chinese Windows. Strict UTF-8 is tried first: GBK text is almost never
// valid UTF-8, so a decoding error is a reliable sign of GBK. Some tools write GBK text behind a UTF-8
// byte-order mark; the mark is three bytes of no text in either encoding, so it is dropped first — read
// as GBK it would garble the first header (名称 → "锘棵…") and lose that column.

export interface DecodedText {
  text: string;
  encoding: "utf-8" | "gbk";
}

const UTF8_MARK = [0xef, 0xbb, 0xbf];

export function decodeText(bytes: Uint8Array): DecodedText {
  const marked = UTF8_MARK.every((byte, index) => bytes[index] === byte);
  const body = marked ? bytes.subarray(UTF8_MARK.length) : bytes;
  try {
    return {
      text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(body),
      encoding: "utf-8",
    };
  } catch {
    return { text: new TextDecoder("gbk").decode(body), encoding: "gbk" };
  }
}
