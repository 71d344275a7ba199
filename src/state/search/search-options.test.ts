import { describe, expect, it } from "vitest";
import { TEST_INDEX } from "../../../tests/support/search-test-index";
import { search } from "../../search/search-entries";
import { searchUserLayers } from "../../search/user-layer-search";
import { moveActive, optionGroups, searchGroups, unionBounds, userFeatureGroup } from "./search-options";

const SCHOOLS = {
  id: "layer-1",
  name: "schools",
  features: {
    type: "FeatureCollection" as const,
    features: ["School A", "School B", "Park C"].map((name, index) => ({
      type: "Feature" as const,
      geometry: { type: "Point" as const, coordinates: [120.7 + index / 10, 30.7] },
      properties: { name },
    })),
  },
};
const SENTENCE = { blockId: "b1", sentenceId: "s1", text: "建设学校", matches: [], heading: "" };

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

  it("lists the planner's matching features in a group of their own, each naming its layer", () => {
    const groups = userFeatureGroup(searchUserLayers([SCHOOLS], "school"));
    expect(groups.map((group) => group.kind)).toEqual(["user-feature"]);
    const options = groups[0]?.options ?? [];
    expect(options.map((option) => option.id)).toEqual([
      "search-option-user-feature-0",
      "search-option-user-feature-1",
    ]);
    expect(options[1]).toMatchObject({
      type: "user-feature",
      group: "user-feature",
      match: { layerId: "layer-1", layerName: "schools", index: 1, name: "School B", range: [0, 6] },
    });
    expect(userFeatureGroup(searchUserLayers([SCHOOLS], "library"))).toEqual([]);
  });

  it("puts the planner's features after the index's groups and before the plan's sentences, for the keys too", () => {
    const groups = searchGroups(search(TEST_INDEX, "海宁", "zh"), [], searchUserLayers([SCHOOLS], "park"), [
      SENTENCE,
    ]);
    const kinds = groups.map((group) => group.kind);
    expect(kinds.slice(-2)).toEqual(["user-feature", "sentence"]);
    expect(kinds.length).toBeGreaterThan(2);
    const options = groups.flatMap((group) => group.options);
    const ids = options.map((option) => option.id);
    expect(new Set(ids).size).toBe(ids.length);
    // Up from nothing highlighted lands on the sentence; once more, on the layer's feature.
    const last = moveActive(-1, options.length, -1);
    expect(options[last]?.type).toBe("sentence");
    expect(options[moveActive(last, options.length, -1)]).toMatchObject({
      type: "user-feature",
      match: { name: "Park C" },
    });
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
