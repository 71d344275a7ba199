// Loads the search index on first use of the search box (focus or first key), never with the page:
// it is its own chunk, built from the shipped data by scripts/vite-plugin-search-index.ts.
import { loadOnce } from "./load-once";

export const loadSearchIndex = loadOnce(async () => (await import("virtual:search-index")).default);
