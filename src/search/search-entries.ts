// The search behind the header's combobox: one query in, four groups out (projects, counties, places,
// facets), each ranked and cut to a few results with the full count kept for "show all". The query is
// split into words, and an entry must match every one of them, in any order (match-entry.ts).
import type { Language } from "../i18n/language";
import { bestMatches } from "./best-matches";
import { cleanQuery } from "./clean-query";
import { type EntryMatch, highlightRanges, matchEntry } from "./match-entry";
import { type PreparedEntry, prepareIndex } from "./prepare-index";
import { parseQuery } from "./query-words";
import { ENTRY_KINDS, type EntryKind, type SearchEntry, type SearchIndex } from "./search-index-types";

export interface SearchResult {
  entry: SearchEntry;
  // Higher is better; see WORD_QUALITY in match-entry.ts.
  score: number;
  // [start, end) UTF-16 ranges in the entry's name in the language searched in (entry.zh or entry.en).
  highlight: [number, number][];
}

export interface SearchGroup {
  kind: EntryKind;
  results: SearchResult[];
  // How many entries of this kind match, beyond the ones returned.
  total: number;
}

export interface SearchResults {
  // The query as searched (cleaned, possibly cut): for "nothing found for '…'".
  query: string;
  truncated: boolean;
  // Always four, in the order projects, counties, places, facets.
  groups: SearchGroup[];
}

export interface SearchOptions {
  // Infinity returns every match ("show all").
  limitPerGroup?: number;
}

const DEFAULT_LIMIT = 8;

export function search(
  index: SearchIndex,
  query: string,
  language: Language,
  { limitPerGroup = DEFAULT_LIMIT }: SearchOptions = {},
): SearchResults {
  const cleaned = cleanQuery(query);
  const parsed = parseQuery(cleaned.text);
  const limit = Number.isNaN(limitPerGroup) ? DEFAULT_LIMIT : Math.max(0, limitPerGroup);
  type Found = { prepared: PreparedEntry; match: EntryMatch; score: number; length: number };
  const matches = new Map<EntryKind, Found[]>(ENTRY_KINDS.map((kind) => [kind, []]));
  if (parsed.words.length > 0) {
    const { entries, syllables } = prepareIndex(index);
    for (const prepared of entries) {
      const match = matchEntry(prepared, parsed, syllables);
      if (!match) continue;
      const name = language === "zh" ? prepared.entry.zh : prepared.entry.en;
      matches.get(prepared.entry.kind)?.push({ prepared, match, score: match.score, length: name.length });
    }
  }
  const groups = ENTRY_KINDS.map((kind): SearchGroup => {
    const found = matches.get(kind) ?? [];
    // Best score first; between equals the shorter name (the more specific hit), then index order.
    const best = bestMatches(
      found,
      limit,
      (a, b) => b.score - a.score || a.length - b.length || a.prepared.order - b.prepared.order,
    );
    const results = best.map(({ prepared, match, score }) => ({
      entry: prepared.entry,
      score,
      highlight: highlightRanges(prepared, match, language),
    }));
    return { kind, results, total: found.length };
  });
  return { query: cleaned.text, truncated: cleaned.truncated, groups };
}
