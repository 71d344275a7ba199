import { describe, expect, it, vi } from "vitest";
import { TEST_INDEX } from "../../tests/support/search-test-index";
import { loadOnce } from "./load-once";
import { loadSearch } from "./load-search";
import { loadSearchIndex } from "./load-search-index";

// The real module comes from the Vite plugin, which the unit tests do not run.
vi.mock("virtual:search-index", async () => ({
  default: (await import("../../tests/support/search-test-index")).TEST_INDEX,
}));

describe("loading search on first use", () => {
  it("loads the index module", async () => {
    expect(await loadSearchIndex()).toEqual(TEST_INDEX);
  });

  it("gives a search bound to the loaded index", async () => {
    const { search } = await loadSearch();
    expect(search("海宁", "zh").groups[1]?.results[0]?.entry.key).toBe("330481");
  });

  it("gives the search over the planner's own layers with it", async () => {
    const { searchUserLayers } = await loadSearch();
    const geometry = { type: "Point" as const, coordinates: [120.7, 30.5] };
    const features = [{ type: "Feature" as const, geometry, properties: { name: "Haining school" } }];
    const layers = [{ id: "a", name: "a", features: { type: "FeatureCollection" as const, features } }];
    expect(searchUserLayers(layers, "school")).toMatchObject([{ layerId: "a", index: 0 }]);
  });

  it("loads once for every caller", async () => {
    const load = vi.fn(async () => TEST_INDEX);
    const once = loadOnce(load);
    const [first, second] = await Promise.all([once(), once()]);
    expect(first).toBe(second);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it("retries after a failed load", async () => {
    const load = vi
      .fn<() => Promise<typeof TEST_INDEX>>()
      .mockRejectedValueOnce(new Error("chunk failed to load"))
      .mockResolvedValue(TEST_INDEX);
    const once = loadOnce(load);
    await expect(once()).rejects.toThrow(/chunk failed/);
    expect(await once()).toBe(TEST_INDEX);
  });
});
