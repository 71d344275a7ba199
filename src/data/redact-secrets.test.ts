import { describe, expect, it } from "vitest";
import { redactSecrets, rememberSecret } from "./redact-secrets";

describe("redactSecrets", () => {
  it("hides the key of a 天地图 tile URL in a MapLibre error message", () => {
    const message =
      "AJAXError: Forbidden (403): https://t3.tianditu.gov.cn/vec_w/wmts?LAYER=vec&TILEROW=5&tk=0123456789abcdef0123456789abcdef&x=1";
    expect(redactSecrets(message)).toBe(
      "AJAXError: Forbidden (403): https://t3.tianditu.gov.cn/vec_w/wmts?LAYER=vec&TILEROW=5&tk=***&x=1",
    );
  });

  it("hides a typed key wherever it appears, and leaves other text alone", () => {
    rememberSecret("s3cretKeyValue42");
    expect(redactSecrets("bad key s3cretKeyValue42 (HTTP 418)")).toBe("bad key *** (HTTP 418)");
    expect(redactSecrets("no tile in 6 s")).toBe("no tile in 6 s");
  });
});
