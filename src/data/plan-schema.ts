// The plan text as the app shows it beside the map (data/plan/plan.json, written by scripts/build-plan.ts).
// The file is fetched lazily, so it is checked here like any other outside input before the UI trusts it.

/** The four battles (会战) of the plan, in the plan's order, as the plan names them. */
export const BATTLES = ["枢纽嘉兴", "创新嘉兴", "品质嘉兴", "开放嘉兴"] as const;
export type Battle = (typeof BATTLES)[number];

/**
 * A sentence of a block. `start` and `end` are string indices into the block's `text` (end exclusive);
 * the sentence keeps its closing punctuation.
 */
export interface PlanSentence {
  id: string;
  start: number;
  end: number;
}

/**
 * One heading or one run of prose. Level 1 is the document's title, level 2 a battle's heading sentence,
 * level 3 a sub-heading sentence; paragraphs carry the level of the heading they follow (0 before any).
 */
export interface PlanBlock {
  id: string;
  kind: "heading" | "paragraph";
  level: number;
  text: string;
  sentences: PlanSentence[];
  /** Which of the plan's paragraphs (0-based) the block comes from: a heading sentence shares its paragraph. */
  paragraph: number;
  /** Where `text` starts in the shipped plan text (data/plan/jiaxing-2020-plan.zh.txt). */
  offset: number;
  /** Set on every block of a battle's paragraph. */
  battle?: Battle;
}

/** The blocks, or why the value is not a plan: a wrong file must not reach the reader half-drawn. */
export function parsePlan(value: unknown): { ok: true; blocks: PlanBlock[] } | { ok: false; error: string } {
  if (!Array.isArray(value)) return { ok: false, error: "plan.json is not a list of blocks" };
  for (const [index, block] of value.entries()) {
    const error = blockError(block);
    if (error !== undefined) return { ok: false, error: `plan.json block ${index}: ${error}` };
  }
  return { ok: true, blocks: value as PlanBlock[] };
}

function blockError(block: unknown): string | undefined {
  if (typeof block !== "object" || block === null) return "not an object";
  const candidate = block as Record<string, unknown>;
  if (typeof candidate.id !== "string") return "id is not a string";
  if (candidate.kind !== "heading" && candidate.kind !== "paragraph")
    return "kind is not heading or paragraph";
  if (!Number.isInteger(candidate.level)) return "level is not an integer";
  if (!Number.isInteger(candidate.paragraph) || !Number.isInteger(candidate.offset)) {
    return "paragraph or offset is not an integer";
  }
  if (candidate.battle !== undefined && !BATTLES.includes(candidate.battle as Battle)) {
    return "battle is not one of the four battles";
  }
  const text = candidate.text;
  if (typeof text !== "string" || text === "") return "text is not a non-empty string";
  if (!Array.isArray(candidate.sentences)) return "sentences is not a list";
  let previousEnd = 0;
  for (const sentence of candidate.sentences as unknown[]) {
    const { id, start, end } = (sentence ?? {}) as Record<string, unknown>;
    if (typeof id !== "string" || !Number.isInteger(start) || !Number.isInteger(end)) {
      return "a sentence lacks id, start or end";
    }
    // Sentences tile the block: the index relies on every character belonging to one sentence.
    if (start !== previousEnd || (end as number) <= (start as number))
      return `sentence ${id} does not follow on`;
    previousEnd = end as number;
  }
  if (previousEnd !== text.length) return "sentences do not cover the text";
  return undefined;
}
