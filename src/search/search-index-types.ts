// The search index's shape: built once at build time (scripts/build-search-index.ts) and read by the app
// (search-entries.ts). Plain JSON, so it can ship as its own lazily loaded chunk.
import type { Bounds } from "../geo/coordinates";

export const ENTRY_KINDS = ["project", "county", "place", "facet"] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

export interface SearchEntry {
  kind: EntryKind;
  // Project id, county code (GB/T 2260), place id (from its English name) or "layer:<layer>" /
  // "pillar:<pillar>" for a facet.
  key: string;
  zh: string;
  en: string;
  // Other names a reader may type: the plan's short forms (杭海 for 杭海城际铁路) and, for facets, the
  // plan's words for the category (铁路, 航道, …).
  aliases: string[];
  // Words that narrow a search without naming the entry (issue 28): a project's counties (海宁市, 海宁,
  // Haining) and its layer's names and words (铁路, railway…), so "Haining railway" finds the railways of
  // Haining. They match only whole or at a word's start, and weigh less than the names.
  context?: string[];
  // Pinyin of `zh` without tones or spaces; Latin letters and digits in the name are kept, lower case.
  pinyin: string;
  // First letter of each syllable of `pinyin` (and each Latin letter or digit), in order.
  initials: string;
  // For each code point of `zh`, how many characters of `pinyin` it produced (0 for punctuation), as
  // digits: maps a pinyin match back to the Chinese characters to highlight without shipping a table.
  spans: string;
  // Where to go: a point to centre on and the extent to fit. Facets have neither.
  center?: [number, number];
  bounds?: Bounds;
}

export interface SearchIndex {
  version: 1;
  entries: SearchEntry[];
}
