// What the page says about the project data, in counts a reader can trust: how many projects are
// missing from the map and why (a file not fetched, a file not readable, features with faults), and,
// apart from those, faults that leave the projects on the map.

import type { LoadedProjects } from "../../data/load-projects";
import { formatProblem } from "../../data/problem";
import { cappedDetails, type Notice } from "./notice";

export function dataNotices(projects: LoadedProjects | null): Notice[] {
  if (!projects) return [];
  const notices: Notice[] = [];
  for (const file of projects.unreadable) {
    notices.push({
      id: `unreadable-${file}`,
      tone: "error",
      message: "dataUnreadable",
      values: { file },
      details: cappedDetails(projects.problems.filter((found) => found.file === file).map(formatProblem)),
    });
  }
  const readable = projects.problems.filter((found) => !projects.unreadable.includes(found.file));
  if (projects.skipped > 0) {
    notices.push({
      id: `data-missing-${projects.skipped}`,
      tone: "warning",
      message: "dataMissing",
      values: { count: projects.skipped },
      details: cappedDetails(readable.map(formatProblem)),
    });
  } else if (readable.length > 0) {
    notices.push({
      id: `data-warnings-${readable.length}`,
      tone: "info",
      message: "dataWarnings",
      values: { count: readable.length },
      details: cappedDetails(readable.map(formatProblem)),
    });
  }
  return notices;
}
