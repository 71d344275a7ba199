// Loads the search index on first use of the search box (focus or first key), never with the page:
// it is its own chunk, built from the shipped data by scripts/vite-plugin-search-index.ts.
import type { SearchIndex } from "./search-index-types";

let pending: Promise<SearchIndex> | undefined;

export function loadSearchIndex(): Promise<SearchIndex> {
  pending ??= import("virtual:search-index").then(
    (module) => module.default,
    (error: unknown) => {
      // A failed fetch (offline, a new release replaced the chunk) must not stick: the next focus retries.
      pending = undefined;
      throw error;
    },
  );
  return pending;
}
