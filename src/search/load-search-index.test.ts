import { describe, expect, it, vi } from "vitest";
import { indexLoader, loadSearchIndex } from "./load-search-index";
import type { SearchIndex } from "./search-index-types";
import { TEST_INDEX } from "./test-index";

// The real module comes from the Vite plugin, which the unit tests do not run.
vi.mock("virtual:search-index", async () => ({ default: (await import("./test-index")).TEST_INDEX }));

describe("loading the search index", () => {
  it("loads the index module", async () => {
    expect(await loadSearchIndex()).toEqual(TEST_INDEX);
  });

  it("loads once for every caller", async () => {
    const importModule = vi.fn(async () => ({ default: TEST_INDEX }));
    const load = indexLoader(importModule);
    const [first, second] = await Promise.all([load(), load()]);
    expect(first).toBe(second);
    expect(importModule).toHaveBeenCalledTimes(1);
  });

  it("retries after a failed load", async () => {
    const importModule = vi
      .fn<() => Promise<{ default: SearchIndex }>>()
      .mockRejectedValueOnce(new Error("chunk failed to load"))
      .mockResolvedValue({ default: TEST_INDEX });
    const load = indexLoader(importModule);
    await expect(load()).rejects.toThrow(/chunk failed/);
    expect(await load()).toBe(TEST_INDEX);
  });
});
