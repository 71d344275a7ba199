// The plan tab's data: the plan and its not-mapped list (loaded on first opening) and the index that
// places every project's quote in it, built once both the plan and the projects are in.
import { useCallback, useEffect, useMemo, useState } from "react";
import { type LoadedPlan, loadPlan } from "../../data/load-plan";
import type { ProjectFeature } from "../../data/project-schema";
import { createPlanIndex, type PlanIndex } from "../../plan-text/plan-index";

export type PlanText =
  | { status: "loading" }
  | { status: "failed"; detail: string; retry: () => void }
  | { status: "ready"; plan: LoadedPlan; index: PlanIndex | null };

export function usePlanText(features: readonly ProjectFeature[] | undefined): PlanText {
  const [plan, setPlan] = useState<LoadedPlan | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: attempt is the retry trigger
  useEffect(() => {
    let current = true;
    setFailure(null);
    loadPlan().then(
      (loaded) => {
        // Where "the tab renders" starts: the plan's data is in (tests and docs/performance.md read it).
        if (performance.getEntriesByName("plan:data").length === 0) performance.mark("plan:data");
        if (current) setPlan(loaded);
      },
      (error: unknown) => current && setFailure(error instanceof Error ? error.message : String(error)),
    );
    return () => {
      current = false;
    };
  }, [attempt]);
  const retry = useCallback(() => setAttempt((value) => value + 1), []);
  // The text shows as soon as it arrives; the marks follow the projects.
  const index = useMemo(
    () => (plan && features ? createPlanIndex(plan.blocks, features, plan.notMapped) : null),
    [plan, features],
  );
  if (failure !== null) return { status: "failed", detail: failure, retry };
  if (plan === null) return { status: "loading" };
  return { status: "ready", plan, index };
}
