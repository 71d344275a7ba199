// The plan's sentences for the tour editor: captions are picked from them, never typed, and a loaded
// tour's captions are checked against them. Fetched once, on first use (most visits never edit a tour).
import planUrl from "../../../data/plan/plan.json?url";
import { fetchText } from "../../data/fetch-json";
import { type PlanBlock, parsePlan } from "../../data/plan-schema";

export interface PlanText {
  blocks: PlanBlock[];
  text: string; // the plan as written: blocks that run on in the plan run on here, others are a line apart
}

let loading: Promise<PlanText> | null = null;

/** The plan, or a rejection with a reason a person can read (the editor then says so). */
export function loadPlanText(): Promise<PlanText> {
  loading ??= fetchText(planUrl).then((fetched) => {
    if (!fetched.ok) throw new Error(fetched.detail);
    const parsed = parsePlan(JSON.parse(fetched.text));
    if (!parsed.ok) throw new Error(parsed.error);
    return { blocks: parsed.blocks, text: planTextOf(parsed.blocks) };
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
