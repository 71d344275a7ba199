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
  // zh, en and others in one list, so matching allocates nothing per entry and keystroke.
  names: FoldedText[];
  // Offsets in `pinyin` where each syllable starts, and for each initial the code point of `zh` it
  // came from, so pinyin matches can be mapped back to Chinese characters.
  syllableStarts: number[];
  syllableSources: [number, number][];
}

const prepared = new WeakMap<SearchIndex, PreparedEntry[]>();

export function prepareIndex(index: SearchIndex): PreparedEntry[] {
  const known = prepared.get(index);
  if (known) return known;
  const entries = Array.isArray(index?.entries) ? index.entries : [];
  const result = entries.map(prepareEntry);
  prepared.set(index, result);
  return result;
}

function prepareEntry(entry: SearchEntry, order: number): PreparedEntry {
  const others = entry.aliases.map(foldText);
  if (entry.kind === "project") others.push(foldText(entry.key));
  const syllableStarts: number[] = [];
  const syllableSources: [number, number][] = [];
  let pinyinOffset = 0;
  let zhOffset = 0;
  let spanIndex = 0;
  for (const character of entry.zh) {
    const length = Number(entry.spans[spanIndex] ?? 0);
    if (length > 0) {
      syllableStarts.push(pinyinOffset);
      syllableSources.push([zhOffset, zhOffset + character.length]);
    }
    pinyinOffset += length;
    zhOffset += character.length;
    spanIndex += 1;
  }
  const zh = foldText(entry.zh);
  const en = foldText(entry.en);
  const kept = others.filter((folded) => folded.text.length > 0);
  return { entry, order, zh, en, others: kept, names: [zh, en, ...kept], syllableStarts, syllableSources };
}
