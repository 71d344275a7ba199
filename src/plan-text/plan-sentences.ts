// The plan's sentences for the header search's suggestions (a group of their own). Loads the plan and
// the matcher on first call, so the search box costs the first script nothing; picking a suggestion
// opens the plan tab at it: store.update(actions.openPlan({ kind: "sentence", blockId, sentenceId })).
import { loadPlan } from "../data/load-plan";
import type { PlanBlock } from "../data/plan-schema";

export interface PlanSentenceSuggestion {
  blockId: string;
  sentenceId: string;
  /** The sentence, verbatim. */
  text: string;
  /** Where the query stands in `text` (end exclusive), to bold it in the suggestion. */
  matches: { start: number; end: number }[];
  /** The heading the sentence stands under (its own text for a heading), verbatim; "" before any. */
  heading: string;
}

/** Up to `limit` sentences containing the query, headings first; [] for a blank query. */
export async function findPlanSentences(query: string, limit = 5): Promise<PlanSentenceSuggestion[]> {
  if (query.trim() === "") return [];
  const [{ blocks }, { searchSentences }] = await Promise.all([loadPlan(), import("./plan-search")]);
  const headingOf = headings(blocks);
  return searchSentences(blocks, query, limit).map((match) => ({
    blockId: match.blockId,
    sentenceId: match.sentenceId,
    text: match.text,
    matches: match.matches.map(({ start, end }) => ({ start: start - match.start, end: end - match.start })),
    heading: headingOf.get(match.blockId) ?? "",
  }));
}

function headings(blocks: readonly PlanBlock[]): Map<string, string> {
  const byBlock = new Map<string, string>();
  let current = "";
  for (const block of blocks) {
    if (block.kind === "heading") current = block.text;
    byBlock.set(block.id, current);
  }
  return byBlock;
}
