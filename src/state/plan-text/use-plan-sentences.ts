// The plan's sentences that contain the query, for the search's suggestions. The plan and its matcher
// load on the first query (plan-text/plan-sentences.ts), never with the page.
import { useEffect, useState } from "react";
import type { PlanSentenceSuggestion } from "../../plan-text/plan-sentences";

const NONE: PlanSentenceSuggestion[] = [];
const LIMIT = 5; // sentences suggested; the plan tab has the rest

export function usePlanSentences(query: string): PlanSentenceSuggestion[] {
  const [found, setFound] = useState<{ query: string; sentences: PlanSentenceSuggestion[] }>({
    query: "",
    sentences: NONE,
  });
  useEffect(() => {
    if (query.trim() === "") return;
    let current = true;
    import("../../plan-text/plan-sentences")
      .then((module) => module.findPlanSentences(query, LIMIT))
      .then((sentences) => current && setFound({ query, sentences }))
      // The plan could not be loaded: the other groups still answer; the plan tab says what failed.
      .catch(() => current && setFound({ query, sentences: NONE }));
    return () => {
      current = false;
    };
  }, [query]);
  // An answer for an older query never shows under newer text.
  return found.query === query ? found.sentences : NONE;
}
