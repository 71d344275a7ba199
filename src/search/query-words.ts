// A query as words (issue 28): what a reader types is split at blanks and punctuation, and where Chinese
// characters meet Latin letters or digits ("G525海宁" → g525, 海宁; "jiaxing机场" → jiaxing, 机场). A run of
// Chinese characters stays one word, as typed: Chinese has no spaces to split at. Every word is folded as
// the names are (fold-text.ts), and a result must match each of them, in any order.
import { foldText } from "./fold-text";

export interface QueryWord {
  text: string; // folded: lower case letters and digits only
  // Only a-z and digits: the word may be pinyin ("jiaxing") or initials ("hhcj").
  latin: boolean;
}

export interface ParsedQuery {
  words: QueryWord[];
  // The folded words joined, as the whole query was matched before words: a name typed exactly.
  joined: string;
}

const HAN = /\p{Script=Han}/u;
const LATIN = /^[a-z0-9]+$/;

export function parseQuery(cleaned: string): ParsedQuery {
  const folded = foldText(cleaned);
  const words: QueryWord[] = [];
  let current = "";
  let previousEnd = -1;
  let previousHan = false;
  const push = () => {
    if (current && !words.some((word) => word.text === current))
      words.push({ text: current, latin: LATIN.test(current) });
    current = "";
  };
  for (let index = 0; index < folded.text.length; index += 1) {
    const character = folded.text[index] as string;
    const han = HAN.test(character);
    // A gap in the original (a blank or punctuation dropped by folding) or a change of script ends a word.
    const start = folded.starts[index] ?? 0;
    if (current && (start > previousEnd || han !== previousHan)) push();
    current += character;
    previousEnd = folded.ends[index] ?? start;
    previousHan = han;
  }
  push();
  return { words, joined: folded.text };
}

/**
 * A run of Latin letters split into pinyin syllables that occur in the index's names ("jiaxingjichang" →
 * jia, xing, ji, chang), or null when it cannot be: the fewest syllables win, so "xian" stays one.
 * Only the names' own syllables are worth trying, since no other syllable can match.
 */
export function splitSyllables(word: string, syllables: ReadonlySet<string>, longest = 6): string[] | null {
  if (!/^[a-z]+$/.test(word)) return null;
  // best[i]: the fewest syllables spelling word.slice(0, i), and the last one's start.
  const best: { count: number; from: number }[] = [{ count: 0, from: -1 }];
  for (let end = 1; end <= word.length; end += 1) {
    let choice = { count: Infinity, from: -1 };
    for (let start = Math.max(0, end - longest); start < end; start += 1) {
      const before = best[start];
      if (!before || before.count === Infinity || !syllables.has(word.slice(start, end))) continue;
      if (before.count + 1 < choice.count) choice = { count: before.count + 1, from: start };
    }
    best.push(choice);
  }
  if ((best[word.length]?.count ?? Infinity) === Infinity) return null;
  const parts: string[] = [];
  for (let end = word.length; end > 0; end = best[end]?.from ?? 0) {
    parts.unshift(word.slice(best[end]?.from ?? 0, end));
  }
  return parts;
}
