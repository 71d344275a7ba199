// One index over the plan for the "plan beside the map" view: marks per block, coverage per battle,
// where a project's quote is, and sentence search. Pure and built once when plan.json arrives.
import type { NotMappedEntry } from "../data/not-mapped-schema";
import type { PlanBlock } from "../data/plan-schema";
import { type CoverageRow, coverageByBattle } from "./plan-coverage";
import {
  type BlockRange,
  computeMarks,
  locateEntries,
  locateQuotes,
  type PlanMark,
  type PlanProject,
} from "./plan-marks";
import { type SentenceMatch, searchSentences } from "./plan-search";

export type { BlockRange, CoverageRow, PlanMark, PlanProject, SentenceMatch };

export interface PlanIndex {
  /** A block's marks, ordered and non-overlapping; [] for a block with none. */
  marksFor(blockId: string): PlanMark[];
  /** Every block's marks, by block id (blocks without marks are absent). */
  marks: ReadonlyMap<string, PlanMark[]>;
  coverage(): CoverageRow[];
  /** Where the project's whole quote is, or undefined for a project the index has no quote for. */
  findQuote(projectId: string): BlockRange | undefined;
  searchSentences(query: string, limit?: number): SentenceMatch[];
  /** Quotes and entries not found in these blocks: a plan.json out of step with the data. */
  unplaced: { projectIds: string[]; entryIds: string[] };
}

export function createPlanIndex(
  blocks: readonly PlanBlock[],
  projects: readonly { properties: PlanProject }[],
  notMapped: readonly NotMappedEntry[],
): PlanIndex {
  const quotes = locateQuotes(blocks, projects);
  const entries = locateEntries(blocks, notMapped);
  const marks = computeMarks(quotes.located, entries.located);
  const quoteOf = new Map<string, BlockRange>();
  for (const { blockId, start, end, projectIds } of quotes.located) {
    for (const id of projectIds) quoteOf.set(id, { blockId, start, end });
  }
  return {
    marks,
    marksFor: (blockId) => marks.get(blockId) ?? [],
    coverage: () => coverageByBattle(blocks, quotes.located, entries.located),
    findQuote: (projectId) => quoteOf.get(projectId),
    searchSentences: (query, limit) => searchSentences(blocks, query, limit),
    unplaced: { projectIds: quotes.unplacedProjectIds, entryIds: entries.unplacedEntryIds },
  };
}
