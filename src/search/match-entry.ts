// How well one entry matches a query of words (issue 28), and which characters of its names to mark.
// Every word must match somewhere: the Chinese name, the English name, an alias or id, the pinyin (whole
// syllables, the start of one, syllables typed together without spaces, or initials), or, weakest, a
// county or layer word. The score adds up, per word, how good its best match is (a whole word before
// the start of one before the inside of one), less a little for a match late in a name, plus how much
// of each name the words cover, plus a large bonus when the whole query is a name.
import type { Language } from "../i18n/language";
import { type FoldedText, originalRange } from "./fold-text";
import type { PreparedEntry } from "./prepare-index";
import { type ParsedQuery, type QueryWord, splitSyllables } from "./query-words";

export const WORD_QUALITY = {
  // A whole word of a name (a run of Chinese characters anywhere counts: Chinese words are not
  // delimited), or whole pinyin syllables.
  whole: 3,
  // The start of a word, pinyin that stops inside a syllable, or syllables typed without spaces.
  prefix: 2,
  initials: 1.5,
  inside: 1, // inside a word: "hanghai" in Shanghai
  context: 0.5, // only one of the project's county or layer words
} as const;
const EXACT_BONUS = 10; // the whole query is a name or an alias
const COVERAGE_WEIGHT = 2; // per name, times the share of it the words cover
const LATE_PENALTY = 0.5; // times how far into the name a match starts (0–1)
// A word that ends the name: names end in what the thing is (…机场, …airport), so "机场" puts the
// airport before the works around it.
const HEAD_BONUS = 0.25;

type Range = [number, number]; // [start, end) in a folded name
interface Found {
  quality: number;
  position: number; // 0–1, where in the name the match starts
  head: boolean;
  zh: Range[];
  en: Range[];
}
export interface EntryMatch {
  score: number;
  zh: Range[];
  en: Range[];
}

const worth = (found: Found) => found.quality + (found.head ? HEAD_BONUS : -LATE_PENALTY * found.position);

/** The entry's match for the query, or null when some word matches nothing of it. */
export function matchEntry(
  prepared: PreparedEntry,
  query: ParsedQuery,
  syllables: ReadonlySet<string>,
): EntryMatch | null {
  if (query.words.length === 0) return null;
  let total = 0;
  const zh: Range[] = [];
  const en: Range[] = [];
  for (const word of query.words) {
    const found = [
      textMatch(prepared.zh, word.text, "zh"),
      textMatch(prepared.en, word.text, "en"),
      ...prepared.others.map((other) => textMatch(other, word.text, null)),
      ...(word.latin ? pinyinMatches(prepared, word, syllables) : []),
    ].filter((item): item is Found => item !== null);
    if (found.length === 0) {
      if (!prepared.context.some((words) => startsWord(words, word.text))) return null;
      total += WORD_QUALITY.context;
      continue;
    }
    total += Math.max(...found.map(worth));
    // Each name's best match of this word marks it and counts towards how much of the name is covered.
    for (const side of ["zh", "en"] as const) {
      const best = found.filter((item) => item[side].length > 0).sort((a, b) => worth(b) - worth(a))[0];
      if (best) (side === "zh" ? zh : en).push(...best[side]);
    }
  }
  const coverage = covered(zh, prepared.zh.text.length) + covered(en, prepared.en.text.length);
  const names = [prepared.zh, prepared.en, ...prepared.others];
  const exact = names.some((name) => name.text === query.joined) || prepared.entry.pinyin === query.joined;
  return { score: total + COVERAGE_WEIGHT * coverage + (exact ? EXACT_BONUS : 0), zh, en };
}

/** The ranges [start, end) of the entry's name in `language` to mark, merged, in display characters. */
export function highlightRanges(prepared: PreparedEntry, match: EntryMatch, language: Language): Range[] {
  const folded = language === "zh" ? prepared.zh : prepared.en;
  return merge(language === "zh" ? match.zh : match.en).map(([start, end]) =>
    originalRange(folded, start, end),
  );
}

// The best place of a word in one name: whole words first, then word starts, then anywhere; earliest.
function textMatch(folded: FoldedText, word: string, side: "zh" | "en" | null): Found | null {
  const { text, wordStarts } = folded;
  let best: { quality: number; at: number } | null = null;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const end = at + word.length;
    const quality = !wordStarts[at]
      ? WORD_QUALITY.inside
      : end === text.length || wordStarts[end]
        ? WORD_QUALITY.whole
        : WORD_QUALITY.prefix;
    if (!best || quality > best.quality) best = { quality, at };
    if (quality === WORD_QUALITY.whole) break;
  }
  if (!best) return null;
  const range: Range[] = [[best.at, best.at + word.length]];
  return {
    quality: best.quality,
    position: best.at / Math.max(1, text.length),
    head: best.at + word.length === text.length,
    zh: side === "zh" ? range : [],
    en: side === "en" ? range : [],
  };
}

function startsWord(folded: FoldedText, word: string): boolean {
  for (let at = folded.text.indexOf(word); at >= 0; at = folded.text.indexOf(word, at + 1))
    if (folded.wordStarts[at]) return true;
  return false;
}

// Pinyin: a run from a syllable's start (whole syllables, or stopping inside the last), initials
// ("hhcj", or a later run of two or more: "cjtl"), or syllables typed together that only match apart.
function pinyinMatches(prepared: PreparedEntry, word: QueryWord, syllables: ReadonlySet<string>): Found[] {
  const { pinyin, initials } = prepared.entry;
  const starts = prepared.syllableStarts;
  const count = starts.length;
  const found: Found[] = [];
  const syllableFound = (first: number, last: number, quality: number): Found => ({
    quality,
    position: first / Math.max(1, count),
    head: last === count - 1,
    zh: foldedRanges(prepared, first, last),
    en: [],
  });
  const text = word.text;
  for (let at = pinyin.indexOf(text); at >= 0; at = pinyin.indexOf(text, at + 1)) {
    const first = starts.indexOf(at);
    if (first < 0) continue;
    const end = at + text.length;
    let last = first;
    while ((starts[last + 1] ?? Infinity) < end) last += 1;
    const whole = end === pinyin.length || starts.includes(end);
    found.push(syllableFound(first, last, whole ? WORD_QUALITY.whole : WORD_QUALITY.prefix));
    if (whole) break;
  }
  // Initials are typed from a name's start ("jx" for 嘉兴…); a later run is a weak match.
  const initial = initials.indexOf(text);
  if (initial === 0) found.push(syllableFound(0, text.length - 1, WORD_QUALITY.initials));
  else if (initial > 0 && text.length >= 2) {
    found.push({ ...syllableFound(initial, initial + text.length - 1, WORD_QUALITY.inside), head: false });
  }
  if (found.length === 0) {
    const parts = splitSyllables(text, syllables);
    const spelled = parts && parts.length > 1 ? inOrder(prepared, parts) : null;
    if (spelled) {
      const [first] = spelled;
      found.push({
        ...syllableFound(first ?? 0, spelled[spelled.length - 1] ?? 0, WORD_QUALITY.prefix),
        zh: spelled.flatMap((index) => foldedRanges(prepared, index, index)),
      });
    }
  }
  return found;
}

// The syllable indices where each part occurs as a whole syllable, in order, or null.
function inOrder(prepared: PreparedEntry, parts: readonly string[]): number[] | null {
  const { pinyin } = prepared.entry;
  const starts = prepared.syllableStarts;
  const indices: number[] = [];
  let from = 0;
  for (const part of parts) {
    let index = -1;
    for (let at = from; at < starts.length; at += 1) {
      const start = starts[at] as number;
      if ((starts[at + 1] ?? pinyin.length) - start === part.length && pinyin.startsWith(part, start)) {
        index = at;
        break;
      }
    }
    if (index < 0) return null;
    indices.push(index);
    from = index + 1;
  }
  return indices;
}

// Syllables first..last as ranges of the folded Chinese name (a syllable without a place is skipped).
function foldedRanges(prepared: PreparedEntry, first: number, last: number): Range[] {
  const ranges: Range[] = [];
  for (let index = first; index <= last; index += 1) {
    const at = prepared.syllableFolded[index] ?? -1;
    if (at >= 0) ranges.push([at, at + 1]);
  }
  return merge(ranges);
}

function merge(ranges: readonly Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const merged: Range[] = [];
  for (const [start, end] of sorted) {
    const last = merged[merged.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}

function covered(ranges: readonly Range[], length: number): number {
  if (length === 0) return 0;
  return merge(ranges).reduce((sum, [start, end]) => sum + end - start, 0) / length;
}
