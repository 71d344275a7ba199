// The plan's sentences for the tour editor: captions are picked from them, never typed, and a loaded
// tour's captions are checked against them. Fetched once, on first use (most visits never edit a tour).
import planUrl from "../../data/plan/plan.json?url";
import { fetchText } from "../data/fetch-json";
import { type PlanBlock, parsePlan } from "../data/plan-schema";

export interface PlanText {
  blocks: PlanBlock[];
  text: string; // every block's text, one per line: a caption's passages must each be inside one
}

let loading: Promise<PlanText> | null = null;

/** The plan, or a rejection with a reason a person can read (the editor then says so). */
export function loadPlanText(): Promise<PlanText> {
  loading ??= fetchText(planUrl).then((fetched) => {
    if (!fetched.ok) throw new Error(fetched.detail);
    const parsed = parsePlan(JSON.parse(fetched.text));
    if (!parsed.ok) throw new Error(parsed.error);
    return { blocks: parsed.blocks, text: parsed.blocks.map((block) => block.text).join("\n") };
  });
  // A failed fetch may succeed later (back online): do not keep the rejection.
  loading.catch(() => {
    loading = null;
  });
  return loading;
}
