import { describe, expect, it } from "vitest";
import { formatProgressDate } from "./progress-text";

describe("formatProgressDate", () => {
  it("keeps the precision the source gave", () => {
    expect(formatProgressDate("2021-06-28", "zh")).toBe("2021年6月28日");
    expect(formatProgressDate("2021-08", "zh")).toBe("2021年8月");
    expect(formatProgressDate("2022", "zh")).toBe("2022年");
    expect(formatProgressDate("2021-06-28", "en")).toBe("28 June 2021");
    expect(formatProgressDate("2021-08", "en")).toBe("August 2021");
    expect(formatProgressDate("2022", "en")).toBe("2022");
  });
});
