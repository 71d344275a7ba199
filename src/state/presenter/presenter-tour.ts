// Loads the built-in tour once and validates it as soon as the projects are in (the validator needs
// their ids); problems become a notice in the page, like bad project data.
import { useEffect, useMemo, useState } from "react";
import type { FetchResult } from "../../data/fetch-json";
import { formatProblem, type Problem, problem } from "../../data/problem";
import type { ProjectProperties } from "../../data/project-schema";
import { TOUR_FILE_NAME, type Tour } from "../../data/tour-schema";
import { slideShows } from "../../filters/slide-filters";
import { cappedDetails, type Notice } from "../app/notice";

const EMPTY_TOUR: Tour = { slides: [] };

type TourLoader = typeof import("../../data/load-tour");

export function useTour(projects: readonly ProjectProperties[] | null): { tour: Tour; problems: Problem[] } {
  const [fetched, setFetched] = useState<{ result: FetchResult; loader: TourLoader } | null>(null);
  const [codeFailure, setCodeFailure] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    // The tour and its validator are a chunk of their own (most visits never present), but load at once,
    // not after the map's start: a presenter may press P or open a present=1 link at any moment, and the
    // slides must be there.
    import("../../data/load-tour").then(
      async (loader) => {
        const result = await loader.loadTourText();
        if (current) setFetched({ result, loader });
      },
      // The tour's code could not be fetched: the same notice as a missing tour file, never a throw.
      (error: unknown) => {
        const detail = error instanceof Error ? error.message : String(error);
        if (current) setCodeFailure(detail);
      },
    );
    return () => {
      current = false;
    };
  }, []);
  return useMemo(
    () =>
      codeFailure
        ? { tour: EMPTY_TOUR, problems: [problem(TOUR_FILE_NAME, null, "file", codeFailure)] }
        : fetched && projects
          ? fetched.loader.readTour(fetched.result, { projects, shows: slideShows })
          : { tour: EMPTY_TOUR, problems: [] },
    [fetched, projects, codeFailure],
  );
}

export function tourNotices(problems: readonly Problem[]): Notice[] {
  if (problems.length === 0) return [];
  const failed = problems.find((found) => found.field === "file");
  if (failed) {
    return [{ id: "tour-failed", tone: "error", message: "tourFailed", values: { detail: failed.message } }];
  }
  return [
    {
      id: "tour-problems",
      tone: "warning",
      message: "tourProblems",
      values: { count: problems.length },
      details: cappedDetails(problems.map(formatProblem)),
    },
  ];
}
