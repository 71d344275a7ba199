import { describe, expect, it } from "vitest";
import { search } from "../search/search-entries";
import { TEST_INDEX } from "../search/test-index";
import { moveActive, optionGroups, unionBounds } from "./search-options";

describe("the combobox's options", () => {
  it("lists only groups that match, each result once, with ids unique across groups", () => {
    const groups = optionGroups(search(TEST_INDEX, "海宁", "zh"), []);
    const kinds = groups.map((group) => group.kind);
    expect(kinds).toContain("county");
    expect(groups.every((group) => group.options.length > 0)).toBe(true);
    const ids = groups.flatMap((group) => group.options.map((option) => option.id));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it("cuts a group to eight with a show-all option, and shows everything once expanded", () => {
    const many = {
      query: "x",
      truncated: false,
      groups: [
        {
          kind: "project" as const,
          total: 12,
          results: Array.from({ length: 12 }, (_, index) => ({
            entry: { ...TEST_INDEX.entries[0], key: `p${index}` } as (typeof TEST_INDEX.entries)[0],
            score: 1,
            highlight: [] as [number, number][],
          })),
        },
      ],
    };
    const cut = optionGroups(many, [])[0]?.options ?? [];
    expect(cut).toHaveLength(9);
    expect(cut[8]).toMatchObject({ type: "show-all", total: 12 });
    const all = optionGroups(many, ["project"])[0]?.options ?? [];
    expect(all).toHaveLength(12);
    expect(all.every((option) => option.type === "entry")).toBe(true);
  });

  it("moves the highlight with wrapping, and from nothing to the first or last", () => {
    expect(moveActive(-1, 5, 1)).toBe(0);
    expect(moveActive(-1, 5, -1)).toBe(4);
    expect(moveActive(4, 5, 1)).toBe(0);
    expect(moveActive(0, 5, -1)).toBe(4);
    expect(moveActive(2, 0, 1)).toBe(-1);
  });

  it("joins bounds, skipping entries without any", () => {
    expect(unionBounds([[1, 2, 3, 4], undefined, [0, 3, 2, 5]])).toEqual([0, 2, 3, 5]);
    expect(unionBounds([undefined])).toBeNull();
  });
});
