import { describe, expect, it } from "vitest";
import { sameFields } from "./use-stable-object";

describe("sameFields", () => {
  const onDraw = () => undefined;
  it("holds two objects with the same values in every field the same", () => {
    expect(sameFields({ tool: "area", count: 3, onDraw }, { tool: "area", count: 3, onDraw })).toBe(true);
  });
  it("tells a changed field, a new function or a new array apart", () => {
    expect(sameFields({ tool: "area", count: 3 }, { tool: "area", count: 4 })).toBe(false);
    expect(sameFields({ onDraw }, { onDraw: () => undefined })).toBe(false);
    expect(sameFields({ ids: ["a"] }, { ids: ["a"] })).toBe(false);
  });
  it("tells an added or missing field apart", () => {
    expect(sameFields<Record<string, number>>({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(
      sameFields<Record<string, number | undefined>>({ a: 1, b: undefined }, { a: 1, c: undefined }),
    ).toBe(false);
  });
});
