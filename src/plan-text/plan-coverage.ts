// How much of what the plan names is on the map, battle by battle: the reader's answer to "is anything
// missing?", counted from where the words stand in the plan, not from labels typed on the data.
import { NOT_MAPPED_REASONS, type NotMappedEntry, type NotMappedReason } from "../data/not-mapped-schema";
import { BATTLES, type Battle, type PlanBlock } from "../data/plan-schema";
import type { BlockRange, LocatedQuote } from "./plan-marks";

export interface CoverageRow {
  /** null: the parts of the plan outside the four battles (the opening tasks, reform, livelihood). */
  battle: Battle | null;
  /** Spatial items named: mapped quotes plus unmapped items. */
  named: number;
  /** Distinct quotes on the map (one clause naming two sections is one). */
  mapped: number;
  notMapped: Record<NotMappedReason, number>;
}

export function coverageByBattle(
  blocks: readonly PlanBlock[],
  quotes: readonly LocatedQuote[],
  entries: readonly (BlockRange & { entry: NotMappedEntry })[],
): CoverageRow[] {
  const battleOf = new Map(blocks.map((block) => [block.id, block.battle ?? null]));
  const rows = [...BATTLES, null].map(
    (battle): CoverageRow => ({
      battle,
      named: 0,
      mapped: 0,
      notMapped: Object.fromEntries(NOT_MAPPED_REASONS.map((reason) => [reason, 0])) as Record<
        NotMappedReason,
        number
      >,
    }),
  );
  const rowOf = (blockId: string) =>
    rows.find((row) => row.battle === (battleOf.get(blockId) ?? null)) as CoverageRow;
  for (const quote of quotes) {
    const row = rowOf(quote.blockId);
    row.mapped += 1;
    row.named += 1;
  }
  for (const located of entries) {
    const row = rowOf(located.blockId);
    row.notMapped[located.entry.reason] += 1;
    row.named += 1;
  }
  return rows;
}
