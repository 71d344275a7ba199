// Loads the search index on first use of the search box (focus or first key), never with the page:
// it is its own chunk, built from the shipped data by scripts/vite-plugin-search-index.ts.
import type { SearchIndex } from "./search-index-types";

/** One load shared by every caller; a failed load is forgotten, so the next call retries. */
export function indexLoader(
  importModule: () => Promise<{ default: SearchIndex }>,
): () => Promise<SearchIndex> {
  let pending: Promise<SearchIndex> | undefined;
  return () => {
    pending ??= importModule().then(
      (module) => module.default,
      (error: unknown) => {
        // Offline, or a new release replaced the chunk: the next focus may succeed.
        pending = undefined;
        throw error;
      },
    );
    return pending;
  };
}

export const loadSearchIndex = indexLoader(() => import("virtual:search-index"));
