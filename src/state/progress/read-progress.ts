// Loads and checks the progress record and words what the page says about it: that it could not be
// fetched (with a Retry), its own faults, and once how many entries wait for a project that did not
// load (that project's file has its own notice). Loaded on demand by use-progress.ts with the record's
// validator, out of the page's first script.
import { loadProgress } from "../../data/load-progress";
import type { LoadedProjects } from "../../data/load-projects";
import { formatProblem } from "../../data/problem";
import type { ProgressEntry } from "../../data/progress-schema";
import { unloadedProjects } from "../../data/unloaded-projects";
import { cappedDetails, failureNotice, type Notice } from "../app/notice";

// The record as read, with what the page says about it.
export interface ReadProgress {
  asOf: string | null;
  entries: ProgressEntry[];
  notices: Notice[];
}

/** The record checked against the projects that loaded; an entry naming one that did not waits for it. */
export async function readProgress(
  projects: LoadedProjects,
  today: string,
  retry: () => void,
): Promise<ReadProgress> {
  const projectIds = new Set(projects.features.map((feature) => feature.properties.id));
  const result = await loadProgress({ projectIds, unloaded: unloadedProjects(projects), today });
  return {
    asOf: result.asOf,
    entries: result.entries,
    notices: progressNotices({ ...result, problems: result.problems.map(formatProblem) }, retry),
  };
}

export function progressNotices(
  result: { problems: string[]; waiting: number; failure?: string },
  retry: () => void,
): Notice[] {
  if (result.failure) return [failureNotice("progress-failed", "partProgress", result.failure, retry)];
  const notices: Notice[] = [];
  if (result.problems.length > 0) {
    notices.push({
      id: "progress-problems",
      tone: "warning",
      message: "progressProblems",
      values: { count: result.problems.length },
      details: cappedDetails(result.problems),
    });
  }
  if (result.waiting > 0) {
    notices.push({
      id: `progress-waiting-${result.waiting}`,
      tone: "info",
      message: "progressWaiting",
      values: { count: result.waiting },
    });
  }
  return notices;
}
