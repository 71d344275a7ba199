// Where the plan tab should land when it opens: a project's clause (from the details panel or a link
// such as `tab=plan&project=…`) or one sentence (a search suggestion).
import type { PlanBlock } from "../../data/plan-schema";
import type { PlanIndex } from "../../plan-text/plan-index";
export type PlanTargetRequest =
  | { kind: "project"; projectId: string }
  | { kind: "sentence"; blockId: string; sentenceId: string };

/** `key` grows with every request, so asking for the same clause twice scrolls and focuses it again. */
export type PlanTarget = PlanTargetRequest & { key: number };

export type ResolvedPlanTarget =
  | { status: "none" }
  | { status: "pending" } // the projects are not in yet, so a project's clause cannot be placed
  | { status: "unknown"; projectId: string } // a link's project the plan index does not know
  | { status: "found"; blockId: string; start: number; end: number; projectId: string | null };

/** Where in the plan a target lands; a sentence id the plan lacks lands nowhere rather than guessing. */
export function resolvePlanTarget(
  target: PlanTargetRequest | null,
  blocks: readonly PlanBlock[],
  index: Pick<PlanIndex, "findQuote"> | null,
): ResolvedPlanTarget {
  if (target === null) return { status: "none" };
  if (target.kind === "sentence") {
    const block = blocks.find((candidate) => candidate.id === target.blockId);
    const sentence = block?.sentences.find((candidate) => candidate.id === target.sentenceId);
    if (!sentence) return { status: "none" };
    return {
      status: "found",
      blockId: target.blockId,
      start: sentence.start,
      end: sentence.end,
      projectId: null,
    };
  }
  if (index === null) return { status: "pending" };
  const range = index.findQuote(target.projectId);
  return range
    ? { status: "found", ...range, projectId: target.projectId }
    : { status: "unknown", projectId: target.projectId };
}
