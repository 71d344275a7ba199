// The plan's sentences that contain the query, for the search's suggestions. The plan and its matcher
// load on the first query (plan-text/plan-sentences.ts), never with the page. When they cannot be
// fetched the other groups still answer, and the sentences' group says what failed, with a Retry.
import { useCallback, useEffect, useState } from "react";
import { failedFile } from "../../browser/failed-file";
import type { PlanSentenceSuggestion } from "../../plan-text/plan-sentences";

const NONE: PlanSentenceSuggestion[] = [];
const LIMIT = 5; // sentences suggested; the plan tab has the rest

export interface PlanSentences {
  sentences: PlanSentenceSuggestion[];
  // Why the plan's sentences could not be searched (the file that failed), or null.
  failure: string | null;
  retry: () => void;
}

export function usePlanSentences(query: string): PlanSentences {
  const [found, setFound] = useState<{
    query: string;
    sentences: PlanSentenceSuggestion[];
    failure: string | null;
  }>({ query: "", sentences: NONE, failure: null });
  const [attempt, setAttempt] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a Retry asks again for the same query
  useEffect(() => {
    if (query.trim() === "") return;
    let current = true;
    import("../../plan-text/plan-sentences")
      .then((module) => module.findPlanSentences(query, LIMIT))
      .then((sentences) => current && setFound({ query, sentences, failure: null }))
      .catch(
        (error: unknown) =>
          current &&
          setFound({
            query,
            sentences: NONE,
            failure: failedFile(error),
          }),
      );
    return () => {
      current = false;
    };
  }, [query, attempt]);
  const retry = useCallback(() => setAttempt((value) => value + 1), []);
  // An answer for an older query never shows under newer text.
  const fresh = found.query === query;
  return { sentences: fresh ? found.sentences : NONE, failure: fresh ? found.failure : null, retry };
}
