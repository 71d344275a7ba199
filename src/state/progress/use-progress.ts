// Loads the progress record once the projects are in (its ids are checked against them), and derives
// what the "then and now" view needs: the year shown, the map's lookup for that year, and a notice for
// any entry the check left out. The loader and its validator are fetched lazily, after start-up.
import { useCallback, useEffect, useMemo, useState } from "react";
import { failedFile } from "../../browser/failed-file";
import type { LoadedProjects } from "../../data/load-projects";
import { formatProblem } from "../../data/problem";
import type { ProgressEntry } from "../../data/progress-schema";
import { unloadedProjects } from "../../data/unloaded-projects";
import { stagesAtYear, yearOf } from "../../filters/stages-at-year";
import { cappedDetails, failureNotice, type Notice } from "../app/notice";
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
  waiting: number; // entries naming a project that did not load
  failure: string | null; // the record or its code could not be fetched
}

const NO_ENTRIES: ProgressEntry[] = [];

function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

export function useProgress(
  // The projects as loaded (null while they load): entries are checked against their ids, once every
  // file has arrived, and an entry naming a project that did not load is set aside, not blamed.
  projects: LoadedProjects | null,
  view: { mapView: MapView; year: number | null },
): ProgressRecordState {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [attempt, setAttempt] = useState(0);
  const ready = projects !== null && projects.pending.length === 0 && projects.features.length > 0;
  const context = useMemo(
    () =>
      ready && projects
        ? {
            projectIds: new Set(projects.features.map((feature) => feature.properties.id)),
            unloaded: unloadedProjects(projects),
          }
        : null,
    [ready, projects],
  );
  const key = context
    ? `${[...context.projectIds].join(",")}|${[...context.unloaded.ids].join(",")}|${context.unloaded.unknownIds}`
    : null;
  // biome-ignore lint/correctness/useExhaustiveDependencies: key stands for the context; attempt is Retry
  useEffect(() => {
    if (!context) return;
    let current = true;
    import("../../data/load-progress")
      .then((loader) => loader.loadProgress({ ...context, today: todayIso() }))
      .then(
        (result): Loaded => ({
          ...result,
          problems: result.problems.map(formatProblem),
          failure: result.failure ?? null,
        }),
        // The record's code could not be fetched: the file at fault is that chunk, not progress.json.
        (error: unknown): Loaded => ({
          asOf: null,
          entries: [],
          problems: [],
          waiting: 0,
          failure: failedFile(error),
        }),
      )
      .then((result) => current && setLoaded(result));
    return () => {
      current = false;
    };
  }, [key, attempt]);
  const retry = useCallback(() => setAttempt((value) => value + 1), []);

  const asOf = loaded?.asOf ?? null;
  const lastYear = yearOf(asOf) ?? new Date().getFullYear();
  // A year from the link beyond the record's as_of is shown as the last recorded year.
  const year = Math.min(Math.max(view.year ?? lastYear, FIRST_PROGRESS_YEAR), lastYear);
  const entries = loaded?.entries;
  const stages = useMemo(() => (entries ? stagesAtYear(entries, year) : {}), [entries, year]);
  const notices = useMemo(() => progressNotices(loaded, retry), [loaded, retry]);
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

// What the page says about the record: that it could not be fetched (with a Retry), its own faults, and
// once how many entries wait for a project that did not load (that project's file has its own notice).
export function progressNotices(loaded: Loaded | null, retry: () => void): Notice[] {
  if (!loaded) return [];
  if (loaded.failure) return [failureNotice("progress-failed", "partProgress", loaded.failure, retry)];
  const notices: Notice[] = [];
  if (loaded.problems.length > 0) {
    notices.push({
      id: "progress-problems",
      tone: "warning",
      message: "progressProblems",
      values: { count: loaded.problems.length },
      details: cappedDetails(loaded.problems),
    });
  }
  if (loaded.waiting > 0) {
    notices.push({
      id: `progress-waiting-${loaded.waiting}`,
      tone: "info",
      message: "progressWaiting",
      values: { count: loaded.waiting },
    });
  }
  return notices;
}
