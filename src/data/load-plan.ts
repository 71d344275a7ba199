// The plan text and the list of what it names but the map leaves out, loaded on first use (the plan tab
// or a search of the plan), never with the page: ≈ 40 kB of JSON most visitors do not need. Both are
// checked like any other input, so a broken file becomes a message, not a half-drawn plan.
import { type NotMappedEntry, validateNotMapped } from "./not-mapped-schema";
import { type PlanBlock, parsePlan } from "./plan-schema";
import { formatProblem } from "./problem";

export interface LoadedPlan {
  blocks: PlanBlock[];
  notMapped: NotMappedEntry[];
  /** Faults in the shipped files, worded for a bug report; the readable part is still shown. */
  problems: string[];
}

let pending: Promise<LoadedPlan> | undefined;

/** One load shared by every caller; a failed chunk is forgotten so the next call retries. */
export function loadPlan(): Promise<LoadedPlan> {
  pending ??= Promise.all([
    import("../../data/plan/plan.json?raw"),
    import("../../data/plan/not-mapped.json?raw"),
  ])
    .then(([plan, notMapped]) => readPlan(plan.default, notMapped.default))
    .catch((error: unknown) => {
      pending = undefined;
      throw error;
    });
  return pending;
}

export function readPlan(planText: string, notMappedText: string): LoadedPlan {
  const problems: string[] = [];
  let blocks: PlanBlock[] = [];
  try {
    const parsed = parsePlan(JSON.parse(planText));
    if (parsed.ok) blocks = parsed.blocks;
    else problems.push(parsed.error);
  } catch (error) {
    problems.push(`plan.json: ${error instanceof Error ? error.message : String(error)}`);
  }
  const notMapped = validateNotMapped(notMappedText);
  problems.push(...notMapped.problems.map(formatProblem));
  return { blocks, notMapped: notMapped.entries, problems };
}
