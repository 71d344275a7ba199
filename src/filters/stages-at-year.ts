// The map's "then and now" lookup: each project's latest recorded stage at the end of a year, for the
// global-state key `progressStages`. Projects with no record are left out (the style reads a missing id
// as "no-record"), which keeps the object small.
import type { ProgressEntry } from "../data/progress-schema";
import { latestStage, type ProgressStage } from "./progress-at-date";

export function stagesAtYear(
  entries: readonly ProgressEntry[],
  year: number,
): Record<string, Exclude<ProgressStage, "no-record">> {
  const lookup: Record<string, Exclude<ProgressStage, "no-record">> = {};
  for (const id of new Set(entries.map((entry) => entry.project))) {
    const stage = latestStage(entries, id, year);
    if (stage !== "no-record") lookup[id] = stage;
  }
  return lookup;
}

/** The year part of an ISO date (YYYY-MM-DD), or null for anything else. */
export function yearOf(date: string | null): number | null {
  const match = date === null ? null : /^(\d{4})-\d{2}-\d{2}$/.exec(date);
  return match ? Number(match[1]) : null;
}
