// Loads the progress record once the projects are in (its ids are checked against them), and derives
// what the "then and now" view needs: the year shown, the map's lookup for that year, and a notice for
// any entry the check left out. The loader and its validator are fetched lazily, after start-up.
import { useEffect, useMemo, useState } from "react";
import { formatProblem } from "../../data/problem";
import type { ProgressEntry } from "../../data/progress-schema";
import { stagesAtYear, yearOf } from "../../filters/stages-at-year";
import { cappedDetails, type Notice } from "../app/notice";
import { FIRST_PROGRESS_YEAR } from "../app/url-parameters";
import type { MapView } from "../app/view-state";

export interface ProgressRecordState {
  loaded: boolean;
  asOf: string | null;
  entries: ProgressEntry[];
  // The year the map and the delivery counts show: the chosen one, else the record's as_of year.
  year: number;
  firstYear: number;
  lastYear: number;
  stages: Record<string, string>;
  notices: Notice[];
}

interface Loaded {
  asOf: string | null;
  entries: ProgressEntry[];
  problems: string[];
}

const NO_ENTRIES: ProgressEntry[] = [];

function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

export function useProgress(
  // The loaded projects (null while they load): entries are checked against their ids.
  features: readonly { properties: { id: string } }[] | null,
  view: { mapView: MapView; year: number | null },
): ProgressRecordState {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const projectIds = features?.map((feature) => feature.properties.id) ?? null;
  const idKey = projectIds?.join(",") ?? null;
  // biome-ignore lint/correctness/useExhaustiveDependencies: idKey stands for projectIds
  useEffect(() => {
    if (projectIds === null || projectIds.length === 0) return;
    let current = true;
    const context = { projectIds: new Set(projectIds), today: todayIso() };
    import("../../data/load-progress")
      .then((loader) => loader.loadProgress(context))
      .then(
        (result) => ({ ...result, problems: result.problems.map(formatProblem) }),
        (error: unknown) => ({
          asOf: null,
          entries: [],
          problems: [`progress.json: -: file: ${error instanceof Error ? error.message : String(error)}`],
        }),
      )
      .then((result) => current && setLoaded(result));
    return () => {
      current = false;
    };
  }, [idKey]);

  const asOf = loaded?.asOf ?? null;
  const lastYear = yearOf(asOf) ?? new Date().getFullYear();
  // A year from the link beyond the record's as_of is shown as the last recorded year.
  const year = Math.min(Math.max(view.year ?? lastYear, FIRST_PROGRESS_YEAR), lastYear);
  const entries = loaded?.entries;
  const stages = useMemo(() => (entries ? stagesAtYear(entries, year) : {}), [entries, year]);
  const problems = loaded?.problems;
  const notices = useMemo<Notice[]>(
    () =>
      problems && problems.length > 0
        ? [
            {
              id: "progress-problems",
              tone: "warning",
              message: "progressProblems",
              values: { count: problems.length },
              details: cappedDetails(problems),
            },
          ]
        : [],
    [problems],
  );
  // One object per change, so the components that read it re-render only when it changes.
  return useMemo(
    () => ({
      loaded: loaded !== null,
      asOf,
      entries: entries ?? NO_ENTRIES,
      year,
      firstYear: FIRST_PROGRESS_YEAR,
      lastYear,
      stages,
      notices,
    }),
    [loaded, asOf, entries, year, lastYear, stages, notices],
  );
}
