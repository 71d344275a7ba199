// Checks data/progress.json the way validate-tour checks the tour: pure, never throws, one problem per
// mistake ("progress.json: entry 3: date: …"). An entry with a problem is left out and the rest are kept,
// so one bad fact never hides the others.
import { type Finding, finding, type Problem, problem, shown } from "./problem";
import { certainlyBefore, type DateSpan, dateSpan, isFullDay } from "./progress-dates";
import {
  EARLIEST_YEAR,
  ENTRY_FIELDS,
  MAX_EXCERPT_LENGTH,
  PROGRESS_FILE_NAME,
  PROGRESSION_STAGES,
  type ProgressEntry,
  STAGES,
  type Stage,
} from "./progress-schema";
import { dependsOnUnloaded, type UnloadedProjects } from "./unloaded-projects";
import { checkText } from "./validate-properties";

export interface ProgressContext {
  // Every project id the entries may name.
  projectIds: ReadonlySet<string>;
  // Today as YYYY-MM-DD: nothing can have happened after it. Passed in so the check is repeatable.
  today: string;
  // Projects the page lacks (a file that failed): an entry naming one waits for it, it is no mistake.
  unloaded?: UnloadedProjects;
}

export interface ValidatedProgress {
  // The as_of date, or null when it is missing or unusable (entries are then checked against today).
  asOf: string | null;
  entries: ProgressEntry[];
  problems: Problem[];
  // Entries set aside, not faulted, because the project they name did not load.
  waiting: number;
}

// ASCII punctuation that has a full-width form in Chinese text.
const HALF_WIDTH_PUNCTUATION = /[,;:!?()]/;

/** Parses and checks the text of data/progress.json. */
export function validateProgressText(text: string, context: ProgressContext): ValidatedProgress {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { asOf: null, entries: [], problems: [top("json", `is not valid JSON (${reason})`)], waiting: 0 };
  }
  return validateProgress(parsed, context);
}

/** Checks an already parsed data/progress.json. */
export function validateProgress(value: unknown, context: ProgressContext): ValidatedProgress {
  const problems: Problem[] = [];
  if (!isRecord(value) || !Array.isArray(value.entries)) {
    problems.push(top("entries", 'missing; the file must be an object with "as_of" and an "entries" array'));
    return { asOf: null, entries: [], problems, waiting: 0 };
  }
  for (const key of Object.keys(value)) {
    if (key !== "as_of" && key !== "entries") problems.push(top(key, "unknown member; it is ignored"));
  }
  const asOf = checkAsOf(value.as_of, context.today, problems);
  const latest = asOf ?? context.today;
  const candidates: { index: number; entry: ProgressEntry; span: DateSpan }[] = [];
  const firstOfKind = new Map<string, number>();
  let waiting = 0;
  value.entries.forEach((item: unknown, index) => {
    if (waitsForProject(item, context)) {
      waiting++;
      return;
    }
    const findings = isRecord(item)
      ? checkEntry(item, context, latest)
      : [finding("entry", "must be an object")];
    if (isRecord(item) && typeof item.project === "string" && typeof item.stage === "string") {
      // One entry per stage of a project: where sources disagree, the entry's text says so.
      const kind = `${item.project} ${item.stage}`;
      const earlier = firstOfKind.get(kind);
      if (earlier === undefined) firstOfKind.set(kind, index);
      else {
        findings.push(
          finding(
            "stage",
            `duplicates entry ${earlier + 1} (${item.project}, ${item.stage}); give one entry per stage and say in its text where sources disagree`,
          ),
        );
      }
    }
    problems.push(...findings.map((found) => atEntry(index, found)));
    if (findings.some((found) => found.blocking)) return;
    const entry = item as unknown as ProgressEntry;
    const span = dateSpan(entry.date) as DateSpan;
    candidates.push({ index, entry, span });
  });
  const outOfOrder = checkStageOrder(candidates);
  problems.push(...outOfOrder.problems);
  const entries = candidates
    .filter((candidate) => !outOfOrder.rejected.has(candidate.index))
    .map((candidate) => candidate.entry);
  return { asOf, entries, problems, waiting };
}

// An entry naming a project that is not on the page because its data did not load.
function waitsForProject(item: unknown, context: ProgressContext): boolean {
  if (!isRecord(item) || !context.unloaded) return false;
  return !context.projectIds.has(item.project as string) && dependsOnUnloaded(item.project, context.unloaded);
}

function checkAsOf(value: unknown, today: string, problems: Problem[]): string | null {
  if (typeof value !== "string" || !isFullDay(value)) {
    problems.push(top("as_of", `${shown(value)} must be a day written YYYY-MM-DD`));
    return null;
  }
  if (value > today) {
    problems.push(top("as_of", `${value} is in the future (today is ${today})`));
    return null;
  }
  return value;
}

function checkEntry(entry: Record<string, unknown>, context: ProgressContext, latest: string): Finding[] {
  const findings: Finding[] = [];
  for (const key of Object.keys(entry)) {
    if (!(ENTRY_FIELDS as readonly string[]).includes(key)) {
      findings.push(finding(key, "unknown member; it is ignored", false));
    }
  }
  for (const field of ENTRY_FIELDS) {
    if (!(field in entry)) findings.push(finding(field, "is missing"));
  }
  const { project, date, stage } = entry;
  if ("project" in entry && (typeof project !== "string" || !context.projectIds.has(project))) {
    findings.push(finding("project", `${shown(project)} is not the id of any project`));
  }
  if ("date" in entry) findings.push(...checkDate(date, context.today, latest));
  if ("stage" in entry && !(STAGES as readonly unknown[]).includes(stage)) {
    findings.push(finding("stage", `${shown(stage)} is not one of ${STAGES.join(", ")}`));
  }
  for (const field of ["text_zh", "text_en", "source_title", "source_excerpt"] as const) {
    if (field in entry) findings.push(...checkText(field, entry[field]));
  }
  if (typeof entry.text_zh === "string" && HALF_WIDTH_PUNCTUATION.test(entry.text_zh)) {
    findings.push(
      finding("text_zh", "uses half-width punctuation; Chinese text uses full-width ，；：！？（）"),
    );
  }
  const excerpt = entry.source_excerpt;
  if (typeof excerpt === "string" && [...excerpt].length > MAX_EXCERPT_LENGTH) {
    findings.push(
      finding(
        "source_excerpt",
        `is ${[...excerpt].length} characters long; quote at most ${MAX_EXCERPT_LENGTH}, only what states the fact`,
      ),
    );
  }
  for (const field of ["source_title", "source_excerpt"] as const) {
    const text = entry[field];
    if (typeof text === "string" && GARBLED.test(text)) {
      findings.push(
        finding(
          field,
          `shows garbled characters (${shown(GARBLED.exec(text)?.[0])}); quote the page's text clean`,
        ),
      );
    }
  }
  if ("source_url" in entry) findings.push(...checkUrl(entry.source_url));
  return findings;
}

// What a page converted badly leaves in a quote: a reading in brackets after a Chinese character
// ("區(qū)", a converter's annotation, not the page's words) or the replacement character.
const GARBLED = /\p{Script=Han}[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+[)）]|\uFFFD/u;

function checkDate(value: unknown, today: string, latest: string): Finding[] {
  const span = typeof value === "string" ? dateSpan(value) : null;
  if (span === null) {
    return [finding("date", `${shown(value)} must be a real date written YYYY-MM-DD, YYYY-MM or YYYY`)];
  }
  if (span.year < EARLIEST_YEAR) {
    return [finding("date", `${value} is before ${EARLIEST_YEAR}, the year of the plan`)];
  }
  if (span.first > today) return [finding("date", `${value} is in the future (today is ${today})`)];
  if (span.first > latest) return [finding("date", `${value} is after as_of (${latest})`)];
  return [];
}

function checkUrl(value: unknown): Finding[] {
  if (typeof value !== "string") return [finding("source_url", `${shown(value)} must be a string`)];
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return [finding("source_url", `${shown(value)} is not a web address`)];
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    return [finding("source_url", `${shown(value)} must start with http:// or https://`)];
  }
  return [];
}

// Along approved → construction-started → opened → completed, no stage may be dated certainly before
// an earlier stage of the same project. The later-stage entry is the one reported and left out: it is
// the claim that contradicts what came first.
function checkStageOrder(candidates: { index: number; entry: ProgressEntry; span: DateSpan }[]): {
  problems: Problem[];
  rejected: Set<number>;
} {
  const problems: Problem[] = [];
  const rejected = new Set<number>();
  const order = (stage: Stage) => PROGRESSION_STAGES.indexOf(stage);
  for (const later of candidates) {
    if (order(later.entry.stage) < 0) continue;
    const contradicted = candidates.find(
      (earlier) =>
        earlier.entry.project === later.entry.project &&
        order(earlier.entry.stage) >= 0 &&
        order(earlier.entry.stage) < order(later.entry.stage) &&
        certainlyBefore(later.span, earlier.span),
    );
    if (!contradicted) continue;
    rejected.add(later.index);
    problems.push(
      atEntry(
        later.index,
        finding(
          "stage",
          `"${later.entry.stage}" on ${later.entry.date} comes before "${contradicted.entry.stage}" on ${contradicted.entry.date} (entry ${contradicted.index + 1}); stages must follow ${PROGRESSION_STAGES.join(" < ")}`,
        ),
      ),
    );
  }
  return { problems, rejected };
}

function top(field: string, message: string): Problem {
  return problem(PROGRESS_FILE_NAME, null, field, message);
}

function atEntry(index: number, found: Finding): Problem {
  return problem(PROGRESS_FILE_NAME, `entry ${index + 1}`, found.field, found.message);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
