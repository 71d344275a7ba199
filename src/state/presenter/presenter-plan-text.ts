// The plan's sentences for the tour editor: captions are picked from them, never typed, and a loaded
// tour's captions are checked against them. The same load as the plan tab's (data/load-plan.ts: one
// chunk, fetched once, on first use; most visits never edit a tour).
import { loadPlan } from "../../data/load-plan";
import type { PlanBlock } from "../../data/plan-schema";

export interface PlanText {
  blocks: PlanBlock[];
  text: string; // the plan as written: blocks that run on in the plan run on here, others are a line apart
}

let loading: Promise<PlanText> | null = null;

/** The plan, or a rejection with a reason a person can read (the editor then says so). */
export function loadPlanText(): Promise<PlanText> {
  loading ??= loadPlan().then((plan) => {
    // A plan file that could not be read leaves no blocks: the editor says why instead of offering none.
    if (plan.blocks.length === 0) throw new Error(plan.problems.join("; ") || "the plan has no text");
    return { blocks: plan.blocks, text: planTextOf(plan.blocks) };
  });
  // A failed fetch may succeed later (back online): do not keep the rejection.
  loading.catch(() => {
    loading = null;
  });
  return loading;
}

// A heading sentence and the prose after it are separate blocks of one paragraph: placed at their
// offsets they read on as in the plan, so a caption quoting both is found verbatim.
export function planTextOf(blocks: readonly PlanBlock[]): string {
  let text = "";
  let end = 0; // where the last block ended in the plan's own text
  for (const block of [...blocks].sort((a, b) => a.offset - b.offset)) {
    if (text !== "" && block.offset !== end) text += "\n";
    text += block.text;
    end = block.offset + block.text.length;
  }
  return text;
}
