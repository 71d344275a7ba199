import { describe, expect, it } from "vitest";
import { nameColumn, nameColumnOfFeatures } from "./name-column";

describe("nameColumn", () => {
  it("finds the usual name headers in either language and any letter case", () => {
    expect(nameColumn(["id", "NAME", "lon"])).toBe("NAME");
    expect(nameColumn(["编号", "名称"])).toBe("名称");
    expect(nameColumn(["Title", "x"])).toBe("Title");
    expect(nameColumn(["id", "address"])).toBeNull();
  });

  it("prefers name over title when a table has both", () => {
    expect(nameColumn(["title", "name"])).toBe("name");
  });

  it("looks at the keys of every feature, not only the first", () => {
    expect(
      nameColumnOfFeatures([{ properties: {} }, { properties: null }, { properties: { 名称: "甲" } }]),
    ).toBe("名称");
  });
});
