// What the progress record says about each project at the end of a chosen year: the stage it had
// reached, and how many projects had reached each stage by pillar, layer and county. Pure: the "then and
// now" view and its legend read these, and the record itself is validated before it gets here.
import { dateSpan } from "../data/progress-dates";
import { PROGRESSION_STAGES, type ProgressEntry, STAGES, type Stage } from "../data/progress-schema";
import {
  COUNTY_CODES,
  type CountyCode,
  LAYERS,
  type LayerName,
  PILLARS,
  type Pillar,
  type ProjectProperties,
} from "../data/project-schema";

// "no-record": no public record was found of the project reaching any stage by then. It says nothing
// about whether work happened, only that no source in the record says so.
export const PROGRESS_STAGES = [...STAGES, "no-record"] as const;
export type ProgressStage = (typeof PROGRESS_STAGES)[number];

export type StageCounts = Record<ProgressStage, number>;

export interface DeliveryCounts {
  total: StageCounts;
  byPillar: Record<Pillar, StageCounts>;
  byLayer: Record<LayerName, StageCounts>;
  byCounty: Record<CountyCode, StageCounts>;
}

type CountedFeature = { properties: Pick<ProjectProperties, "id" | "pillar" | "layer" | "counties"> };

/**
 * The stage a project had reached by the end of `year`: of its entries dated in or before that year,
 * the one that happened last. Entries whose dates overlap (a month against a day in it) are ordered by
 * stage, so "opened 2021" after "approved 2021-08" reads as opened.
 */
export function latestStage(
  entries: readonly ProgressEntry[],
  projectId: string,
  year: number,
): ProgressStage {
  let latest: { stage: Stage; first: string; last: string } | null = null;
  for (const entry of entries) {
    if (entry.project !== projectId) continue;
    const span = dateSpan(entry.date);
    if (span === null || span.year > year) continue;
    const candidate = { stage: entry.stage, first: span.first, last: span.last };
    if (latest === null || happenedAfter(candidate, latest)) latest = candidate;
  }
  return latest?.stage ?? "no-record";
}

/** How many projects had reached each stage by the end of `year`, overall and per pillar, layer and county. */
export function deliveryCounts(
  features: readonly CountedFeature[],
  entries: readonly ProgressEntry[],
  year: number,
): DeliveryCounts {
  const counts: DeliveryCounts = {
    total: emptyCounts(),
    byPillar: table(PILLARS),
    byLayer: table(LAYERS),
    byCounty: table(COUNTY_CODES),
  };
  for (const { properties } of features) {
    const stage = latestStage(entries, properties.id, year);
    counts.total[stage] += 1;
    counts.byPillar[properties.pillar][stage] += 1;
    counts.byLayer[properties.layer][stage] += 1;
    // A project in several counties counts once in each, as the map's county filter does.
    for (const county of new Set(properties.counties)) counts.byCounty[county][stage] += 1;
  }
  return counts;
}

function happenedAfter(
  candidate: { stage: Stage; first: string; last: string },
  current: { stage: Stage; first: string; last: string },
): boolean {
  if (candidate.first > current.last) return true;
  if (candidate.last < current.first) return false;
  return stageRank(candidate.stage) > stageRank(current.stage);
}

// Within overlapping dates, the progression's order decides; suspended and cancelled come after it.
function stageRank(stage: Stage): number {
  const index = PROGRESSION_STAGES.indexOf(stage);
  return index >= 0 ? index : PROGRESSION_STAGES.length + STAGES.indexOf(stage);
}

function emptyCounts(): StageCounts {
  return Object.fromEntries(PROGRESS_STAGES.map((stage) => [stage, 0])) as StageCounts;
}

function table<Key extends string>(keys: readonly Key[]): Record<Key, StageCounts> {
  return Object.fromEntries(keys.map((key) => [key, emptyCounts()])) as Record<Key, StageCounts>;
}
