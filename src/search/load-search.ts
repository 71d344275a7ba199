// The index and the code that searches it, loaded together on first use of the search box. The search
// code is lazy too: the page's first script is held under 100 kB gzip, and the matcher (≈ 2 kB gzip)
// is not needed until someone types.
import type { Language } from "../i18n/language";
import { loadOnce } from "./load-once";
import { loadSearchIndex } from "./load-search-index";
import type { SearchOptions, SearchResults } from "./search-entries";
import type { searchUserLayers } from "./user-layer-search";

export interface LoadedSearch {
  /** search() bound to the loaded index. */
  search: (query: string, language: Language, options?: SearchOptions) => SearchResults;
  /** The planner's own layers searched by their features' names, with the same folding. */
  searchUserLayers: typeof searchUserLayers;
}

export const loadSearch = loadOnce(async (): Promise<LoadedSearch> => {
  const [index, engine, userLayers] = await Promise.all([
    loadSearchIndex(),
    import("./search-entries"),
    import("./user-layer-search"),
  ]);
  return {
    search: (query, language, options) => engine.search(index, query, language, options),
    searchUserLayers: userLayers.searchUserLayers,
  };
});
