// Folding for matching: what a reader types and what a name says are compared as letters and digits
// only, lower case, full-width forms and accents folded (NFKD per character, marks dropped). So
// "Shanghai-Jiaxing" finds "Shanghai–Jiaxing", "ｇ３２０" finds "G320", "hǎiníng" finds "haining" and
// "大运河(嘉兴段)" finds "大运河（嘉兴段）". Each folded character remembers which characters of the
// original it came from, so a match can be highlighted in the name as displayed, and whether it starts
// a word, so "hanghai" is not taken for a word inside "Shanghai".

export interface FoldedText {
  text: string;
  // For each UTF-16 unit of `text`: the [start, end) of the original code point it came from.
  starts: number[];
  ends: number[];
  // For each UTF-16 unit of `text`: true where a word starts. Every Chinese character starts one
  // (Chinese has no spaces); in Latin text a word starts after a blank or punctuation, or where
  // letters turn to digits or back (G320 is "g" and "320").
  wordStarts: boolean[];
}

const KEPT = /[\p{L}\p{N}]/u;
const MARKS = /\p{M}/gu;
const LETTER = /\p{L}/u;
const SPACED = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{N}]/u;

export function foldText(original: string): FoldedText {
  let text = "";
  const starts: number[] = [];
  const ends: number[] = [];
  const wordStarts: boolean[] = [];
  let offset = 0;
  let previous = "";
  let previousEnd = 0;
  for (const character of original) {
    const end = offset + character.length;
    const folded = plain(character) ?? character.normalize("NFKD").replace(MARKS, "").toLowerCase();
    for (const piece of folded) {
      if (!KEPT.test(piece)) continue;
      const startsWord =
        previous === "" ||
        previousEnd < offset ||
        !SPACED.test(piece) ||
        !SPACED.test(previous) ||
        LETTER.test(piece) !== LETTER.test(previous);
      text += piece;
      for (let unit = 0; unit < piece.length; unit += 1) {
        starts.push(offset);
        ends.push(end);
        wordStarts.push(unit === 0 && startsWord);
      }
      previous = piece;
      previousEnd = end;
    }
    offset = end;
  }
  return { text, starts, ends, wordStarts };
}

// Nearly every character of a name is an ASCII letter or digit or a common Chinese character, which
// fold to themselves (or lower case): skipping normalize() for them makes preparing 10 000 names
// several times faster.
function plain(character: string): string | undefined {
  const code = character.charCodeAt(0);
  if (code >= 0x4e00 && code <= 0x9fff) return character;
  if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)) return character;
  if (code >= 0x41 && code <= 0x5a) return String.fromCharCode(code + 0x20);
  return undefined;
}

/** The folded form alone, for a query. */
export function foldQuery(query: string): string {
  return foldText(query).text;
}

/** Where the query occurs at the start of a word, preferring the very start; -1 when it does not. */
export function wordStartIndex(folded: Pick<FoldedText, "text" | "wordStarts">, query: string): number {
  if (query.length === 0) return -1;
  for (let at = folded.text.indexOf(query); at >= 0; at = folded.text.indexOf(query, at + 1)) {
    if (folded.wordStarts[at]) return at;
  }
  return -1;
}

/** A match [start, end) in the folded text as a range in the original string. */
export function originalRange(folded: FoldedText, start: number, end: number): [number, number] {
  return [folded.starts[start] ?? 0, folded.ends[end - 1] ?? 0];
}
