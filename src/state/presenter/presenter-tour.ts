// Loads the built-in tour once and validates it as soon as the projects are in (the validator needs
// their ids); problems become a notice in the page, like bad project data. A slide that names a project
// whose file did not load waits for it (one line says so), and a tour or code file that could not be
// fetched says which, with a Retry.
import { useCallback, useEffect, useMemo, useState } from "react";
import { failedFile } from "../../browser/failed-file";
import type { FetchResult } from "../../data/fetch-json";
import type { LoadedProjects } from "../../data/load-projects";
import type { ReadTour } from "../../data/load-tour";
import { formatProblem, type Problem } from "../../data/problem";
import type { ProjectProperties } from "../../data/project-schema";
import type { Tour } from "../../data/tour-schema";
import { NOTHING_UNLOADED, unloadedProjects } from "../../data/unloaded-projects";
import { slideShows } from "../../filters/slide-filters";
import { cappedDetails, failureNotice, type Notice } from "../app/notice";

const EMPTY_TOUR: Tour = { slides: [] };
const NOT_READ: ReadTour = { tour: EMPTY_TOUR, problems: [], waiting: [] };

type TourLoader = typeof import("../../data/load-tour");

export interface TourState {
  tour: Tour;
  problems: Problem[];
  notices: Notice[];
}

export function useTour(
  projects: readonly ProjectProperties[] | null,
  loaded: LoadedProjects | null = null,
): TourState {
  const unloaded = useMemo(() => (loaded ? unloadedProjects(loaded) : NOTHING_UNLOADED), [loaded]);
  const [fetched, setFetched] = useState<{ result: FetchResult; loader: TourLoader } | null>(null);
  const [codeFailure, setCodeFailure] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: attempt is a Retry
  useEffect(() => {
    let current = true;
    setCodeFailure(null);
    // The tour and its validator are a chunk of their own (most visits never present), but load at once,
    // not after the map's start: a presenter may press P or open a present=1 link at any moment, and the
    // slides must be there.
    import("../../data/load-tour").then(
      async (loader) => {
        const result = await loader.loadTourText();
        if (current) setFetched({ result, loader });
      },
      // The tour's code could not be fetched: that chunk is the file at fault, never a throw.
      (error: unknown) => {
        if (current) setCodeFailure(failedFile(error));
      },
    );
    return () => {
      current = false;
    };
  }, [attempt]);
  const retry = useCallback(() => setAttempt((value) => value + 1), []);
  const read = useMemo(
    () =>
      codeFailure
        ? { ...NOT_READ, failure: codeFailure }
        : fetched && projects
          ? fetched.loader.readTour(fetched.result, { projects, shows: slideShows, unloaded })
          : NOT_READ,
    [fetched, projects, codeFailure, unloaded],
  );
  return useMemo(
    () => ({ tour: read.tour, problems: read.problems, notices: tourNotices(read, retry) }),
    [read, retry],
  );
}

export function tourNotices(read: ReadTour, retry: () => void): Notice[] {
  if (read.failure) return [failureNotice("tour-failed", "partTour", read.failure, retry)];
  const notices: Notice[] = [];
  if (read.problems.length > 0) {
    notices.push({
      id: "tour-problems",
      tone: "warning",
      message: "tourProblems",
      values: { count: read.problems.length },
      details: cappedDetails(read.problems.map(formatProblem)),
    });
  }
  if (read.waiting.length > 0) {
    notices.push({
      id: `tour-waiting-${read.waiting.length}`,
      tone: "info",
      message: "tourWaiting",
      values: { count: read.waiting.length },
    });
  }
  return notices;
}
