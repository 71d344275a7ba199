// How well one entry matches a folded query, and which characters of its displayed name to mark.
// Ranks, best first: the whole name (or an alias) typed exactly; the start of a name; a later word of a
// name (any character of a Chinese one); the start of its pinyin ("hanghai"); the start of its
// initials ("hhcj"); last, a later syllable of its pinyin ("haining" in G525海宁段), later initials
// ("cjtl" in 杭海城际铁路) or the inside of an English word ("hanghai" in Shanghai).
import type { Language } from "../i18n/language";
import { type FoldedText, originalRange, wordStartIndex } from "./fold-text";
import type { PreparedEntry } from "./prepare-index";

export const MATCH_SCORES = {
  exact: 6,
  prefix: 5,
  substring: 4,
  pinyinPrefix: 3,
  initialsPrefix: 2,
  weak: 1,
} as const;

const PINYIN_QUERY = /^[a-z0-9]+$/;

/** The score of the best match, or 0 when the entry does not match. */
export function scoreEntry(
  prepared: PreparedEntry,
  query: string,
  latin: boolean = isLatinQuery(query),
): number {
  let best = 0;
  for (const folded of prepared.names) {
    const text = folded.text;
    if (text === query) return MATCH_SCORES.exact;
    if (text.startsWith(query)) best = Math.max(best, MATCH_SCORES.prefix);
    else if (best < MATCH_SCORES.substring && wordStartIndex(folded, query) >= 0)
      best = MATCH_SCORES.substring;
    else if (best < MATCH_SCORES.weak && text.includes(query)) best = MATCH_SCORES.weak;
  }
  if (best > MATCH_SCORES.pinyinPrefix || !latin) return best;
  const { pinyin, initials } = prepared.entry;
  if (pinyin.startsWith(query)) return MATCH_SCORES.pinyinPrefix;
  if (initials.startsWith(query)) return MATCH_SCORES.initialsPrefix;
  if (laterSyllable(prepared, query) !== null || laterInitials(initials, query) !== null)
    return MATCH_SCORES.weak;
  return best;
}

/** Whether a folded query could be pinyin or initials (letters and digits only); test it once per search. */
export function isLatinQuery(query: string): boolean {
  return PINYIN_QUERY.test(query);
}

/** Ranges [start, end) in the entry's name in `language` to mark; empty when none can be placed. */
export function highlightEntry(
  prepared: PreparedEntry,
  query: string,
  language: Language,
): [number, number][] {
  const displayed: FoldedText = language === "zh" ? prepared.zh : prepared.en;
  const atWord = wordStartIndex(displayed, query);
  const at = atWord >= 0 ? atWord : displayed.text.indexOf(query);
  if (at >= 0 && query.length > 0) return [originalRange(displayed, at, at + query.length)];
  // A pinyin match (or an English or alias match typed in Latin letters) marks the Chinese characters
  // it spells; English names have no such mapping.
  if (language !== "zh" || !PINYIN_QUERY.test(query)) return [];
  const syllables = pinyinSyllables(prepared, query);
  if (!syllables) return [];
  const first = prepared.syllableSources[syllables[0]];
  const last = prepared.syllableSources[syllables[1]];
  return first && last ? [[first[0], last[1]]] : [];
}

/** The first and last syllable (indices into syllableSources) that a pinyin or initials query spells. */
function pinyinSyllables(prepared: PreparedEntry, query: string): [number, number] | null {
  const { pinyin, initials } = prepared.entry;
  const start = pinyin.startsWith(query) ? 0 : laterSyllable(prepared, query);
  if (start !== null) {
    const end = start + query.length;
    const first = prepared.syllableStarts.indexOf(start);
    let last = first;
    while ((prepared.syllableStarts[last + 1] ?? Infinity) < end) last += 1;
    return first >= 0 ? [first, last] : null;
  }
  const initial = initials.startsWith(query) ? 0 : laterInitials(initials, query);
  return initial === null ? null : [initial, initial + query.length - 1];
}

/** Where the query starts at a syllable boundary after the first, in the entry's pinyin. */
function laterSyllable(prepared: PreparedEntry, query: string): number | null {
  if (query.length < 2) return null;
  const { pinyin } = prepared.entry;
  for (let at = pinyin.indexOf(query, 1); at > 0; at = pinyin.indexOf(query, at + 1)) {
    if (prepared.syllableStarts.includes(at)) return at;
  }
  return null;
}

function laterInitials(initials: string, query: string): number | null {
  if (query.length < 2) return null;
  const at = initials.indexOf(query, 1);
  return at > 0 ? at : null;
}
