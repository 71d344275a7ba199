// The header search over the plan's sentences: exact substrings, so a hit is always words the plan has.
import type { PlanBlock } from "../data/plan-schema";

export interface SentenceMatch {
  blockId: string;
  sentenceId: string;
  /** The sentence's range in the block's text. */
  start: number;
  end: number;
  text: string;
  /** Each hit's range in the block's text. */
  matches: { start: number; end: number }[];
}

/**
 * Sentences containing the query, headings first, then those with more hits, then in the plan's order.
 * Full-width and ASCII forms of the same character match each other (the plan writes "," where a typist
 * writes "，") and Latin letters match in either case ("g60"); each folds to one character, so positions
 * in the folded text are positions in the plan.
 */
export function searchSentences(blocks: readonly PlanBlock[], query: string, limit = 20): SentenceMatch[] {
  const needle = fold(query.trim());
  if (needle === "") return [];
  const found: { match: SentenceMatch; heading: boolean; order: number }[] = [];
  for (const block of blocks) {
    const folded = fold(block.text);
    for (const sentence of block.sentences) {
      const matches: { start: number; end: number }[] = [];
      const within = folded.slice(sentence.start, sentence.end);
      for (let at = within.indexOf(needle); at !== -1; at = within.indexOf(needle, at + 1)) {
        matches.push({ start: sentence.start + at, end: sentence.start + at + needle.length });
      }
      if (matches.length === 0) continue;
      const { start, end, id } = sentence;
      const text = block.text.slice(start, end);
      found.push({
        match: { blockId: block.id, sentenceId: id, start, end, text, matches },
        heading: block.kind === "heading",
        order: found.length,
      });
    }
  }
  return found
    .sort(
      (a, b) =>
        Number(b.heading) - Number(a.heading) ||
        b.match.matches.length - a.match.matches.length ||
        a.order - b.order,
    )
    .slice(0, limit)
    .map((entry) => entry.match);
}

function fold(text: string): string {
  return text.replace(/[\uff01-\uff5e\u3000A-Z]/g, (character) => {
    const code = character.charCodeAt(0);
    if (code === 0x3000) return " ";
    const ascii = code >= 0xff01 ? String.fromCharCode(code - 0xfee0) : character;
    return ascii.toLowerCase();
  });
}
