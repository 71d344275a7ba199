// The index and the code that searches it, loaded together on first use of the search box. The search
// code is lazy too: the page's first script is held under 100 kB gzip, and the matcher (≈ 2 kB gzip)
// is not needed until someone types.
import type { Language } from "../i18n/language";
import { loadOnce } from "./load-once";
import { loadSearchIndex } from "./load-search-index";
import type { SearchOptions, SearchResults } from "./search-entries";

export interface LoadedSearch {
  /** search() bound to the loaded index. */
  search: (query: string, language: Language, options?: SearchOptions) => SearchResults;
}

export const loadSearch = loadOnce(async (): Promise<LoadedSearch> => {
  const [index, engine] = await Promise.all([loadSearchIndex(), import("./search-entries")]);
  return { search: (query, language, options) => engine.search(index, query, language, options) };
});
