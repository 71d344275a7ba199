// What the search box hands over is arbitrary text (pasted, typed, from a link): it is cleaned before
// anything else so that no input can throw, and so the "nothing found for …" message shows what was
// actually searched for rather than invisible or broken characters.

// Long enough for any project name in the plan; past that a query is a paste accident, and matching
// it against every name on each keystroke would cost time for nothing.
export const MAX_QUERY_LENGTH = 100;

export interface CleanQuery {
  text: string;
  truncated: boolean;
}

// Lone surrogates (half an emoji, cut by a faulty paste) would make normalize() and later string work
// fragile; they become U+FFFD, the replacement character.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// Tabs and line breaks separate words like spaces; other control characters mean nothing in a name.
const BLANK_CONTROLS = /[\t\n\v\f\r\u0085\u2028\u2029]/g;
const CONTROLS = /\p{Cc}/gu;
// Invisible format characters: right-to-left and left-to-right marks and embeddings, zero-width space,
// soft hyphen, byte-order mark. The zero-width joiners (U+200C, U+200D) stay: they hold emoji and some
// scripts' words together.
const FORMATS = /(?![\u200C\u200D])\p{Cf}/gu;
const BLANKS = /\s+/g;

export function cleanQuery(query: unknown): CleanQuery {
  const raw = typeof query === "string" ? query : "";
  const text = raw
    .replace(LONE_SURROGATE, "\uFFFD")
    .normalize("NFKC")
    .replace(BLANK_CONTROLS, " ")
    .replace(CONTROLS, "")
    .replace(FORMATS, "")
    .replace(BLANKS, " ")
    .trim();
  // Count code points, not UTF-16 units, so an emoji is never cut in half.
  const characters = Array.from(text);
  if (characters.length <= MAX_QUERY_LENGTH) return { text, truncated: false };
  return { text: characters.slice(0, MAX_QUERY_LENGTH).join("").trimEnd(), truncated: true };
}

/** The query as searched, for a message such as "nothing found for '…'" (truncated like the search). */
export function describeQuery(query: unknown): string {
  const { text, truncated } = cleanQuery(query);
  return truncated ? `${text}…` : text;
}
