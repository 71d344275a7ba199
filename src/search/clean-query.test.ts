import { describe, expect, it } from "vitest";
import { cleanQuery, describeQuery, MAX_QUERY_LENGTH } from "./clean-query";

describe("cleaning a query", () => {
  it("folds full-width forms, trims and collapses blanks", () => {
    expect(cleanQuery("  ｇ３２０ \t  嘉兴\n ")).toEqual({ text: "g320 嘉兴", truncated: false });
  });

  it("cuts a pasted 1,000-character query and says so", () => {
    const { text, truncated } = cleanQuery("杭".repeat(1000));
    expect(truncated).toBe(true);
    expect(Array.from(text)).toHaveLength(MAX_QUERY_LENGTH);
    expect(describeQuery("杭".repeat(1000))).toBe(`${"杭".repeat(MAX_QUERY_LENGTH)}…`);
  });

  it("never cuts an emoji in half", () => {
    const { text } = cleanQuery(`${"a".repeat(MAX_QUERY_LENGTH - 1)}🚄🚄`);
    expect(text.endsWith("🚄")).toBe(true);
    expect(text).not.toMatch(/[\uD800-\uDBFF]$/);
  });

  it("strips control characters and right-to-left or invisible marks", () => {
    expect(cleanQuery("杭\u0000海\u0007\u001b")).toEqual({ text: "杭海", truncated: false });
    expect(cleanQuery("\u200F\u202E杭海\u200E\u2066\u200B\uFEFF").text).toBe("杭海");
  });

  it("keeps emoji, zero-width joiners included, and markup as plain text", () => {
    expect(cleanQuery("👩‍🔧 铁路").text).toBe("👩‍🔧 铁路");
    expect(cleanQuery("<script>alert(1)</script>").text).toBe("<script>alert(1)</script>");
  });

  it("replaces a lone surrogate so later string work is safe", () => {
    expect(cleanQuery("杭\uD83D海").text).toBe("杭\uFFFD海");
    expect(cleanQuery("\uDE84").text).toBe("\uFFFD");
    expect(() => "\uFFFD".normalize("NFKC")).not.toThrow();
  });

  it("treats what is not a string as an empty query", () => {
    expect(cleanQuery(undefined)).toEqual({ text: "", truncated: false });
    expect(describeQuery(42)).toBe("");
  });
});
