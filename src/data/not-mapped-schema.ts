// data/plan/not-mapped.json: what the plan names in the mapped sections but the map does not draw, and
// why (data/plan/README.md). The reader sees these beside the map, so each must quote the plan exactly once
// (the app places it by its words) and give one of the documented reasons.
import { type Problem, problem, shown } from "./problem";

/** Why a named item is not a map feature; the meanings are in data/plan/README.md. */
export const NOT_MAPPED_REASONS = ["no-location", "not-spatial", "programme", "outside-scope"] as const;
export type NotMappedReason = (typeof NOT_MAPPED_REASONS)[number];

export interface NotMappedEntry {
  id: string;
  /** The plan's words for the item, occurring exactly once in the plan. */
  words: string;
  reason: NotMappedReason;
  reason_zh: string;
  reason_en: string;
  /** `<part>` or `<part> · <sub-heading>`, each part verbatim from the plan. */
  section: string;
}

export const NOT_MAPPED_FILE_NAME = "data/plan/not-mapped.json";
const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const TEXT_FIELDS = ["words", "reason_zh", "reason_en", "section"] as const;

/**
 * The entries that pass, and one problem per fault. Without the plan text only the shape is checked;
 * with it, the words must occur exactly once and each section part must occur.
 */
export function validateNotMapped(
  text: string,
  planText?: string,
): { entries: NotMappedEntry[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const report = (id: string | null, field: string, message: string) =>
    problems.push(problem(NOT_MAPPED_FILE_NAME, id, field, message));
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    report(null, "json", `not valid JSON (${error instanceof Error ? error.message : error})`);
    return { entries: [], problems };
  }
  if (!Array.isArray(value)) {
    report(null, "json", "must be a list of entries");
    return { entries: [], problems };
  }
  const seen = new Set<string>();
  const entries: NotMappedEntry[] = [];
  value.forEach((item: unknown, index) => {
    const before = problems.length;
    const entry = (typeof item === "object" && item !== null ? item : {}) as Record<string, unknown>;
    const id = typeof entry.id === "string" && ID_PATTERN.test(entry.id) ? entry.id : null;
    if (id === null) report(null, "id", `entry ${index + 1}: ${shown(entry.id)} is not a kebab-case slug`);
    else if (seen.has(id)) report(id, "id", "is used by another entry; ids must be unique");
    if (id !== null) seen.add(id);
    if (!NOT_MAPPED_REASONS.includes(entry.reason as NotMappedReason)) {
      report(id, "reason", `${shown(entry.reason)} is not one of ${NOT_MAPPED_REASONS.join(", ")}`);
    }
    for (const field of TEXT_FIELDS) {
      const fieldValue = entry[field];
      if (typeof fieldValue !== "string" || fieldValue.trim() === "") {
        report(id, field, "must be a non-empty string");
      }
    }
    if (planText !== undefined && problems.length === before) {
      checkAgainstPlan(entry as unknown as NotMappedEntry, planText, (field, message) =>
        report(id, field, message),
      );
    }
    if (problems.length === before) entries.push(entry as unknown as NotMappedEntry);
  });
  return { entries, problems };
}

function checkAgainstPlan(
  entry: NotMappedEntry,
  planText: string,
  report: (field: string, message: string) => void,
): void {
  const count = occurrences(planText, entry.words);
  if (count === 0) report("words", `${shown(entry.words)} is not found verbatim in the plan`);
  else if (count > 1) {
    report(
      "words",
      `${shown(entry.words)} occurs ${count} times in the plan; add words until it occurs once`,
    );
  }
  const missing = entry.section.split(" · ").filter((part) => !planText.includes(part));
  if (missing.length > 0)
    report("section", `${missing.map(shown).join(" and ")} not found verbatim in the plan`);
}

function occurrences(text: string, words: string): number {
  let count = 0;
  for (let at = text.indexOf(words); at !== -1; at = text.indexOf(words, at + 1)) count += 1;
  return count;
}
