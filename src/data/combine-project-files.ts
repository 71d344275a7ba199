// The projects of every file read so far, as one result. Files arrive in any order (one slow file must
// not hold back the others), so the rules here depend only on which files are in, never on when:
// an id found in two files is left off the map in every copy — the app cannot tell which is genuine —
// and each file that holds one is named (documented in data/README.md).
import { type Problem, problem } from "./problem";
import type { ProjectFeature } from "./project-schema";
import type { ValidationResult } from "./validate-collection";

export type FileOutcome =
  | { file: string; state: "pending" }
  | { file: string; state: "failed"; detail: string }
  | { file: string; state: "read"; result: ValidationResult };

export interface LoadedProjects {
  features: ProjectFeature[];
  problems: Problem[];
  // Files that could not be fetched: the page offers Retry.
  failures: { file: string; detail: string }[];
  // Files still on their way; their projects follow.
  pending: string[];
  // Projects a read file holds but the map leaves off (a blocking fault or a duplicated id).
  skipped: number;
  // Files fetched but not readable as a FeatureCollection: all their projects are missing, count unknown.
  unreadable: string[];
}

export function combineProjectFiles(outcomes: readonly FileOutcome[]): LoadedProjects {
  const sorted = [...outcomes].sort((left, right) => (left.file < right.file ? -1 : 1));
  const combined: LoadedProjects = {
    features: [],
    problems: [],
    failures: [],
    pending: [],
    skipped: 0,
    unreadable: [],
  };
  const read = sorted.filter((outcome) => outcome.state === "read");
  const filesOf = new Map<string, string[]>();
  for (const { file, result } of read) {
    for (const feature of result.features) {
      const id = feature.properties.id;
      filesOf.set(id, [...(filesOf.get(id) ?? []), file]);
    }
  }
  for (const outcome of sorted) {
    if (outcome.state === "pending") combined.pending.push(outcome.file);
    else if (outcome.state === "failed")
      combined.failures.push({ file: outcome.file, detail: outcome.detail });
  }
  for (const { file, result } of read) {
    combined.problems.push(...result.problems);
    combined.skipped += result.skipped;
    if (result.unreadable) combined.unreadable.push(file);
    for (const feature of result.features) {
      const id = feature.properties.id;
      const files = filesOf.get(id) ?? [];
      if (files.length < 2) {
        combined.features.push(feature);
        continue;
      }
      const others = files.filter((other) => other !== file).join(", ");
      combined.skipped += 1;
      combined.problems.push(
        problem(
          file,
          id,
          "id",
          `"${id}" is also used in ${others}; every copy is left off the map until the id is unique`,
        ),
      );
    }
  }
  return combined;
}
