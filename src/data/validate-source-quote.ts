// source_quote is the plan's own words for the project: it must occur verbatim in the plan text and be
// one sentence or less, so a reader can find it and it cannot smuggle in a neighbouring project.
import { type Finding, finding } from "./problem";

// Full-width punctuation a typist is likely to use where the plan has ASCII (the plan writes "," and
// ";" in places), and the reverse; used only to explain a mismatch, never to accept one.
const PUNCTUATION: Record<string, string> = {
  "，": ",",
  "；": ";",
  "：": ":",
  "（": "(",
  "）": ")",
  "！": "!",
  "？": "?",
};

export function checkSourceQuote(quote: string, planText: string): Finding[] {
  const findings: Finding[] = [];
  const stop = quote.indexOf("。");
  if (/[\r\n]/.test(quote))
    findings.push(finding("source_quote", "spans a line break; quote one sentence or less"));
  else if (stop !== -1 && stop !== quote.length - 1) {
    findings.push(
      finding(
        "source_quote",
        `has "。" inside (after ${shown(quote.slice(0, stop + 1))}); quote one sentence or less`,
      ),
    );
  }
  if (!planText.includes(quote)) findings.push(finding("source_quote", mismatch(quote, planText)));
  return findings;
}

function mismatch(quote: string, planText: string): string {
  if (normalise(planText).includes(normalise(quote))) {
    return "not found verbatim in the plan: it differs only in punctuation or spacing; copy it from the plan text";
  }
  const matched = longestMatchingPrefix(quote, planText);
  if (matched < 2) return `${shown(quote)} is not found in the plan text`;
  return `not found verbatim in the plan: the plan has ${shown(quote.slice(0, matched))} but then differs at ${shown(quote.slice(matched, matched + 12))}`;
}

// Whether a prefix occurs is monotone in its length, so a binary search finds the longest one.
function longestMatchingPrefix(quote: string, planText: string): number {
  let low = 0;
  let high = quote.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (planText.includes(quote.slice(0, middle))) low = middle;
    else high = middle - 1;
  }
  return low;
}

function normalise(text: string): string {
  return [...text.replace(/\s+/g, "")].map((character) => PUNCTUATION[character] ?? character).join("");
}

function shown(text: string): string {
  return `"${text.length > 24 ? `…${text.slice(-24)}` : text}"`;
}
