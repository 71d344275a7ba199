// Folds every name of the index once, the first time it is searched, rather than on every keystroke:
// with 10 000 projects that is the difference between a few milliseconds per key and tens.
import { type FoldedText, foldText } from "./fold-text";
import type { SearchEntry, SearchIndex } from "./search-index-types";

export interface PreparedEntry {
  entry: SearchEntry;
  order: number;
  zh: FoldedText;
  en: FoldedText;
  // Aliases and, for projects, the id (people paste ids from links): matched, never highlighted.
  others: FoldedText[];
  // The project's county and layer words (SearchEntry.context): they narrow, they do not name.
  context: FoldedText[];
  // Offsets in `pinyin` where each syllable starts, and for each syllable the code points of `zh` it
  // came from and its place in the folded `zh`, so pinyin matches can be mapped back to characters.
  syllableStarts: number[];
  syllableSources: [number, number][];
  syllableFolded: number[];
}

export interface PreparedIndex {
  entries: PreparedEntry[];
  // Every syllable of every name: the only ones a run of pinyin typed without spaces can be split into.
  syllables: Set<string>;
}

const prepared = new WeakMap<SearchIndex, PreparedIndex>();

export function prepareIndex(index: SearchIndex): PreparedIndex {
  const known = prepared.get(index);
  if (known) return known;
  const entries = (Array.isArray(index?.entries) ? index.entries : []).map(prepareEntry);
  const syllables = new Set<string>();
  for (const item of entries) {
    item.syllableStarts.forEach((start, at) => {
      const end = item.syllableStarts[at + 1] ?? item.entry.pinyin.length;
      if (end - start > 1) syllables.add(item.entry.pinyin.slice(start, end));
    });
  }
  const result = { entries, syllables };
  prepared.set(index, result);
  return result;
}

function prepareEntry(entry: SearchEntry, order: number): PreparedEntry {
  const others = entry.aliases.map(foldText);
  if (entry.kind === "project") others.push(foldText(entry.key));
  const zh = foldText(entry.zh);
  const en = foldText(entry.en);
  // The folded character of zh that each original code point starts, to place a syllable in it.
  const foldedAt = new Map<number, number>();
  zh.starts.forEach((start, at) => {
    if (!foldedAt.has(start)) foldedAt.set(start, at);
  });
  const syllableStarts: number[] = [];
  const syllableSources: [number, number][] = [];
  const syllableFolded: number[] = [];
  let pinyinOffset = 0;
  let zhOffset = 0;
  let spanIndex = 0;
  for (const character of entry.zh) {
    const length = Number(entry.spans[spanIndex] ?? 0);
    if (length > 0) {
      syllableStarts.push(pinyinOffset);
      syllableSources.push([zhOffset, zhOffset + character.length]);
      syllableFolded.push(foldedAt.get(zhOffset) ?? -1);
    }
    pinyinOffset += length;
    zhOffset += character.length;
    spanIndex += 1;
  }
  const kept = others.filter((folded) => folded.text.length > 0);
  const context = (Array.isArray(entry.context) ? entry.context : [])
    .map(foldText)
    .filter((folded) => folded.text.length > 0);
  return {
    entry,
    order,
    zh,
    en,
    others: kept,
    context,
    syllableStarts,
    syllableSources,
    syllableFolded,
  };
}
