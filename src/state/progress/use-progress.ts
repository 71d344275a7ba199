// Loads the progress record once the projects are in (its ids are checked against them), and derives
// what the "then and now" view needs: the year shown, the map's lookup for that year, and a notice for
// any entry the check left out. The loader and its validator are fetched lazily, after start-up.
import { useCallback, useEffect, useMemo, useState } from "react";
import { failedFile } from "../../browser/failed-file";
import type { LoadedProjects } from "../../data/load-projects";
import type { ProgressEntry } from "../../data/progress-schema";
import { stagesAtYear, yearOf } from "../../filters/stages-at-year";
import { failureNotice, type Notice } from "../app/notice";
import { FIRST_PROGRESS_YEAR } from "../app/url-parameters";
import type { MapView } from "../app/view-state";
import type { ReadProgress } from "./read-progress";

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

const NO_ENTRIES: ProgressEntry[] = [];
const NO_NOTICES: Notice[] = [];

function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

export function useProgress(
  // The projects as loaded (null while they load): entries are checked against their ids, once every
  // file has arrived, and an entry naming a project that did not load is set aside, not blamed.
  projects: LoadedProjects | null,
  view: { mapView: MapView; year: number | null },
): ProgressRecordState {
  const [loaded, setLoaded] = useState<ReadProgress | null>(null);
  const [attempt, setAttempt] = useState(0);
  const retry = useCallback(() => setAttempt((value) => value + 1), []);
  // Every file in (a file that failed counts as in): a new load of the data is a new object.
  const ready = projects !== null && projects.pending.length === 0 && projects.features.length > 0;
  const settled = ready ? projects : null;
  // biome-ignore lint/correctness/useExhaustiveDependencies: attempt is a Retry
  useEffect(() => {
    if (!settled) return;
    let current = true;
    import("./read-progress")
      .then((reader) => reader.readProgress(settled, todayIso(), retry))
      .catch(
        // The record's code could not be fetched: the file at fault is that chunk, not progress.json.
        (error: unknown): ReadProgress => ({
          asOf: null,
          entries: [],
          notices: [failureNotice("progress-failed", "partProgress", failedFile(error), retry)],
        }),
      )
      .then((result) => current && setLoaded(result));
    return () => {
      current = false;
    };
  }, [settled, attempt]);

  const asOf = loaded?.asOf ?? null;
  const lastYear = yearOf(asOf) ?? new Date().getFullYear();
  // A year from the link beyond the record's as_of is shown as the last recorded year.
  const year = Math.min(Math.max(view.year ?? lastYear, FIRST_PROGRESS_YEAR), lastYear);
  const entries = loaded?.entries;
  const stages = useMemo(() => (entries ? stagesAtYear(entries, year) : {}), [entries, year]);
  const notices = loaded?.notices ?? NO_NOTICES;
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
