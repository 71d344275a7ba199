// The contract for data/progress.json: what has happened to the plan's projects since 2020, one sourced
// fact per entry. data/README.md ("Progress since the plan") documents the same contract for readers;
// keep the two in step.

export const PROGRESS_FILE_NAME = "progress.json";

// The stages a project can reach after the plan, in the order a project passes through them. The first
// four are a progression; "suspended" and "cancelled" can follow any of them.
// approved: a feasibility study, preliminary design or project approval was granted by the approving body.
// construction-started: works began (a ground-breaking ceremony or the first works of the project).
// opened: the project went into service, at least in part (first trains, first flights, traffic).
// completed: the works were finished, or the project was accepted as finished.
// suspended: works stopped, by an official statement.
// cancelled: the project was withdrawn, by an official statement.
export const STAGES = [
  "approved",
  "construction-started",
  "opened",
  "completed",
  "suspended",
  "cancelled",
] as const;
export type Stage = (typeof STAGES)[number];

// The stages whose dates must not run backwards along this order.
export const PROGRESSION_STAGES: readonly Stage[] = [
  "approved",
  "construction-started",
  "opened",
  "completed",
];

export interface ProgressEntry {
  // A project feature's id (properties.id).
  project: string;
  // When it happened, as precisely as the source says: YYYY-MM-DD, YYYY-MM or YYYY.
  date: string;
  stage: Stage;
  text_zh: string;
  text_en: string;
  // The page that states the fact, its title, and a verbatim excerpt of it that states the fact.
  source_url: string;
  source_title: string;
  source_excerpt: string;
}

export interface ProgressRecord {
  // The day the record was last checked against its sources (YYYY-MM-DD): no entry is dated after it.
  as_of: string;
  entries: ProgressEntry[];
}

export const ENTRY_FIELDS = [
  "project",
  "date",
  "stage",
  "text_zh",
  "text_en",
  "source_url",
  "source_title",
  "source_excerpt",
] as const;

// An excerpt is a quotation that states the fact, not a copy of the page.
export const MAX_EXCERPT_LENGTH = 160;
// The plan is for 2020: anything earlier is history the plan already knew.
export const EARLIEST_YEAR = 2020;
