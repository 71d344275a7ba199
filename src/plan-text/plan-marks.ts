// Where in the plan each project's quote and each unmapped item stands, as marks the reader can see
// beside the map. Works on plan.json's blocks: a quote is one sentence or less and blocks are cut at
// sentence ends, so a quote always lies inside one block.
import type { NotMappedEntry, NotMappedReason } from "../data/not-mapped-schema";
import type { PlanBlock } from "../data/plan-schema";
import type { LayerName, ProjectProperties } from "../data/project-schema";

export type PlanProject = Pick<ProjectProperties, "id" | "layer" | "source_quote"> &
  Partial<Pick<ProjectProperties, "source_section">>;

/** A range of one block's text; `end` is exclusive. */
export interface BlockRange {
  blockId: string;
  start: number;
  end: number;
}

export type PlanMark =
  | {
      start: number;
      end: number;
      kind: "mapped";
      /** The quote the span belongs to (a longer quote cut by a shorter one inside it keeps its own quote). */
      quote: string;
      projectIds: string[];
      layers: LayerName[];
      /** Unmapped items named inside this mapped clause ("内河港池" in the berths' clause). */
      notMappedIds: string[];
    }
  | { start: number; end: number; kind: "not-mapped"; entryId: string; reason: NotMappedReason };

export interface LocatedQuote extends BlockRange {
  quote: string;
  projectIds: string[];
  layers: LayerName[];
}

/**
 * Each distinct quote once, with every project quoting it. A quote the plan has more than once is placed
 * under its projects' sub-heading when that decides it, otherwise at its first occurrence.
 */
export function locateQuotes(
  blocks: readonly PlanBlock[],
  projects: readonly { properties: PlanProject }[],
): { located: LocatedQuote[]; unplacedProjectIds: string[] } {
  const byQuote = new Map<string, PlanProject[]>();
  for (const { properties } of projects) {
    byQuote.set(properties.source_quote, [...(byQuote.get(properties.source_quote) ?? []), properties]);
  }
  const located: LocatedQuote[] = [];
  const unplacedProjectIds: string[] = [];
  for (const [quote, quoting] of byQuote) {
    const subHeading = quoting[0]?.source_section?.split(" · ")[1];
    const candidates = occurrences(blocks, quote);
    const chosen =
      candidates.find((range) => headingBefore(blocks, range.blockId)?.text === `${subHeading}。`) ??
      candidates[0];
    if (chosen === undefined) {
      unplacedProjectIds.push(...quoting.map((project) => project.id));
      continue;
    }
    const layers = [...new Set(quoting.map((project) => project.layer))];
    located.push({ ...chosen, quote, projectIds: quoting.map((project) => project.id), layers });
  }
  return { located, unplacedProjectIds };
}

/** Where each entry's words stand (the first occurrence; validation requires exactly one). */
export function locateEntries(
  blocks: readonly PlanBlock[],
  entries: readonly NotMappedEntry[],
): { located: (BlockRange & { entry: NotMappedEntry })[]; unplacedEntryIds: string[] } {
  const located: (BlockRange & { entry: NotMappedEntry })[] = [];
  const unplacedEntryIds: string[] = [];
  for (const entry of entries) {
    const range = occurrences(blocks, entry.words)[0];
    if (range === undefined) unplacedEntryIds.push(entry.id);
    else located.push({ ...range, entry });
  }
  return { located, unplacedEntryIds };
}

/**
 * Each block's marks, ordered and never overlapping. Where quotes overlap, the shortest covering quote
 * owns the text (the reader clicking "沪乍杭铁路" means that railway, not the longer clause around it).
 * An unmapped item inside a mapped clause is listed on that clause's mark instead of cutting it up.
 */
export function computeMarks(
  quotes: readonly LocatedQuote[],
  entries: readonly (BlockRange & { entry: NotMappedEntry })[],
): Map<string, PlanMark[]> {
  const marks = new Map<string, PlanMark[]>();
  const blockIds = new Set([...quotes, ...entries].map((range) => range.blockId));
  for (const blockId of blockIds) {
    const inBlock = quotes.filter((quote) => quote.blockId === blockId);
    const mapped = mappedMarks(inBlock);
    const free: PlanMark[] = [];
    for (const located of entries.filter((range) => range.blockId === blockId)) {
      const inside = mapped.filter((mark) => mark.start < located.end && located.start < mark.end);
      for (const mark of inside) mark.notMappedIds.push(located.entry.id);
      if (inside.length > 0 || free.some((mark) => mark.start < located.end && located.start < mark.end)) {
        continue;
      }
      const { start, end, entry } = located;
      free.push({ start, end, kind: "not-mapped", entryId: entry.id, reason: entry.reason });
    }
    marks.set(
      blockId,
      [...mapped, ...free].sort((a, b) => a.start - b.start),
    );
  }
  return marks;
}

type MappedMark = Extract<PlanMark, { kind: "mapped" }>;

function mappedMarks(quotes: readonly LocatedQuote[]): MappedMark[] {
  const cuts = [...new Set(quotes.flatMap((quote) => [quote.start, quote.end]))].sort((a, b) => a - b);
  const marks: MappedMark[] = [];
  for (let index = 0; index + 1 < cuts.length; index += 1) {
    const start = cuts[index] as number;
    const end = cuts[index + 1] as number;
    const owner = quotes
      .filter((quote) => quote.start <= start && end <= quote.end)
      .sort((a, b) => a.end - a.start - (b.end - b.start) || a.start - b.start)[0];
    if (owner === undefined) continue;
    const previous = marks.at(-1);
    if (previous !== undefined && previous.end === start && previous.quote === owner.quote) {
      previous.end = end;
      continue;
    }
    const { quote, projectIds, layers } = owner;
    marks.push({ start, end, kind: "mapped", quote, projectIds, layers, notMappedIds: [] });
  }
  return marks;
}

function occurrences(blocks: readonly PlanBlock[], words: string): BlockRange[] {
  const ranges: BlockRange[] = [];
  if (words === "") return ranges;
  for (const block of blocks) {
    for (let at = block.text.indexOf(words); at !== -1; at = block.text.indexOf(words, at + 1)) {
      ranges.push({ blockId: block.id, start: at, end: at + words.length });
    }
  }
  return ranges;
}

/** The heading a block stands under: itself when it is one. */
export function headingBefore(blocks: readonly PlanBlock[], blockId: string): PlanBlock | undefined {
  const index = blocks.findIndex((block) => block.id === blockId);
  for (let at = index; at >= 0; at -= 1) {
    if (blocks[at]?.kind === "heading") return blocks[at];
  }
  return undefined;
}
