// One slide of a tour file, checked field by field: pure, never throws. A blocking finding leaves the
// slide out of the tour; a filter value or highlight this map does not know is reported and dropped, so
// the slide still plays with what it names that is real.
import { FACETS, type FacetKey, facetsHiding } from "./facets";
import { type Finding, finding, shown } from "./problem";
import { ID_PATTERN, type ProjectProperties } from "./project-schema";
import { MAX_LENGTHS, TOUR_FILTER_KEYS, type TourFilters, type TourSlide } from "./tour-schema";
import { DEPENDS_ON_UNLOADED, dependsOnUnloaded, type UnloadedProjects } from "./unloaded-projects";
import { checkText } from "./validate-properties";
import { checkCamera, checkView } from "./validate-tour-camera";

export interface SlideContext {
  projects?: readonly ProjectProperties[];
  shows?: (slide: Pick<TourSlide, "filters">, properties: ProjectProperties) => boolean;
  planText?: string;
  thisYear?: number; // the last year a progress view may show; the current year by default
  // Projects the page lacks (a file that failed): a slide naming one waits for it, it is no mistake.
  unloaded?: UnloadedProjects;
}

// The projects by id, built once per list and shared by every slide of a tour (and the tour's clean-up):
// at 10,000 projects an index, a set and a full count per slide took ≈ 0.47 s of the start-up's main thread.
const byIdCache = new WeakMap<readonly ProjectProperties[], ReadonlyMap<string, ProjectProperties>>();

export function projectsById(projects: readonly ProjectProperties[]): ReadonlyMap<string, ProjectProperties> {
  let byId = byIdCache.get(projects);
  if (!byId) {
    byId = new Map(projects.map((properties) => [properties.id, properties]));
    byIdCache.set(projects, byId);
  }
  return byId;
}

const SLIDE_FIELDS = [
  "id",
  "title_zh",
  "title_en",
  "caption_zh",
  "caption_en",
  "camera",
  "filters",
  "view",
  "highlight",
];
const REQUIRED = ["id", "title_zh", "title_en", "caption_zh", "caption_en", "camera"];
// A caption may join several passages of the plan with an ellipsis; each passage must be verbatim.
export const CAPTION_ELLIPSIS = "……";
// How a whole sentence of the plan ends (the plan closes quotes after the full stop: 。” ). A caption that
// ends any other way stops mid-sentence and must say so with the ellipsis.
const SENTENCE_ENDS_ZH = /[。！？；;!?]”?$/; // the plan writes some semicolons half-width
const SENTENCE_ENDS_EN = /([.!?;]["”’]?|…)$/;

export function checkSlide(slide: Record<string, unknown>, context: SlideContext): Finding[] {
  const findings: Finding[] = [];
  for (const field of REQUIRED) {
    if (!(field in slide)) findings.push(finding(field, "missing; every slide needs it"));
  }
  for (const key of Object.keys(slide)) {
    if (!SLIDE_FIELDS.includes(key)) findings.push(finding(key, "unknown field; it is ignored", false));
  }
  if (typeof slide.id === "string" && !ID_PATTERN.test(slide.id)) {
    findings.push(finding("id", `${shown(slide.id)} must be lowercase words joined by hyphens`));
  }
  for (const field of ["id", "title_zh", "title_en", "caption_zh", "caption_en"]) {
    if (field in slide) findings.push(...checkText(field, slide[field]));
  }
  for (const [field, limit] of Object.entries(MAX_LENGTHS)) {
    findings.push(...checkLength(field, slide[field], limit));
  }
  if (context.planText !== undefined && typeof slide.caption_zh === "string") {
    const missing = slide.caption_zh
      .split(CAPTION_ELLIPSIS)
      .filter((part) => !context.planText?.includes(part));
    for (const part of missing)
      findings.push(finding("caption_zh", `${shown(part)} is not in the plan text`));
  }
  findings.push(...checkSentenceEnd(slide));
  if ("camera" in slide) findings.push(...checkCamera(slide.camera));
  if ("view" in slide) findings.push(...checkView(slide.view, context.thisYear ?? new Date().getFullYear()));
  const filterFindings = "filters" in slide ? checkFilters(slide.filters) : [];
  findings.push(...filterFindings);
  const filters = cleanFilters(slide.filters);
  // Whether a highlight is hidden only means something once the filters themselves are sound.
  if ("highlight" in slide) {
    const sound = !filterFindings.some((found) => found.blocking);
    findings.push(...checkHighlight(slide.highlight, filters, sound ? context : {}));
  }
  const shows = context.shows;
  if (context.projects && shows && !findings.some((found) => found.blocking)) {
    const showsAny = context.projects.some((properties) => shows({ filters }, properties));
    // Reported, not blocking: a slide being made may show nothing for a moment, and must not vanish.
    // With projects missing, an empty slide may well show them once they load: it waits, left out.
    const unloaded = context.unloaded;
    if (!showsAny && unloaded && (unloaded.unknownIds || unloaded.ids.size > 0))
      findings.push(finding("filters", DEPENDS_ON_UNLOADED));
    else if (!showsAny)
      findings.push(finding("filters", "show no project; the slide would be an empty map", false));
  }
  return findings;
}

function checkLength(field: string, value: unknown, limit: number): Finding[] {
  return typeof value === "string" && [...value].length > limit
    ? [finding(field, `is ${[...value].length} characters long; keep it to ${limit} so a room can read it`)]
    : [];
}

// Blocking, like a caption not in the plan: a caption cut off without saying so misquotes the plan.
function checkSentenceEnd(slide: Record<string, unknown>): Finding[] {
  const findings: Finding[] = [];
  const { caption_zh: zh, caption_en: en } = slide;
  if (typeof zh === "string" && zh !== "" && !SENTENCE_ENDS_ZH.test(zh) && !zh.endsWith(CAPTION_ELLIPSIS)) {
    findings.push(finding("caption_zh", `stops mid-sentence; end it with “${CAPTION_ELLIPSIS}”`));
  }
  if (typeof en === "string" && en !== "" && !SENTENCE_ENDS_EN.test(en)) {
    findings.push(finding("caption_en", "stops mid-sentence; end it with “…”"));
  }
  return findings;
}

// A filter this map does not know, or a value not in its facet, is reported and left out: the slide
// still plays with the filters it names that are real.
function checkFilters(filters: unknown): Finding[] {
  if (!isRecord(filters)) return [finding("filters", `${shown(filters)} must be an object`)];
  const findings: Finding[] = [];
  for (const [key, value] of Object.entries(filters)) {
    const allowed = allowedValues(key);
    if (!allowed) {
      findings.push(
        finding(`filters.${key}`, `unknown filter; use ${TOUR_FILTER_KEYS.join(", ")}; it is ignored`, false),
      );
    } else if (!Array.isArray(value)) {
      findings.push(finding(`filters.${key}`, `${shown(value)} must be a list`));
    } else {
      const bad = value.filter((item) => !allowed.includes(item as string));
      if (bad.length > 0) {
        const names = bad.map(shown).join(", ");
        findings.push(
          finding(`filters.${key}`, `${names} not one of ${allowed.join(", ")}; it is ignored`, false),
        );
      }
    }
  }
  return findings;
}

function allowedValues(key: string): readonly string[] | undefined {
  return Object.hasOwn(FACETS, key) ? FACETS[key as FacetKey].values : undefined;
}

/** The filters with what this map does not know left out. */
export function cleanFilters(filters: unknown): TourFilters {
  if (!isRecord(filters)) return {};
  const clean: Record<string, string[]> = {};
  for (const [key, value] of Object.entries(filters)) {
    const allowed = allowedValues(key);
    if (allowed && Array.isArray(value))
      clean[key] = value.filter((item) => allowed.includes(item as string));
  }
  return clean as TourFilters;
}

function checkHighlight(highlight: unknown, filters: TourFilters, context: SlideContext): Finding[] {
  if (!Array.isArray(highlight) || highlight.some((id) => typeof id !== "string")) {
    return [finding("highlight", `${shown(highlight)} must be a list of project ids`)];
  }
  if (!context.projects) return [];
  const byId = projectsById(context.projects);
  const findings: Finding[] = [];
  for (const id of highlight as string[]) {
    const properties = byId.get(id);
    if (!properties && context.unloaded && dependsOnUnloaded(id, context.unloaded))
      findings.push(finding("highlight", DEPENDS_ON_UNLOADED, false));
    else if (!properties)
      findings.push(finding("highlight", `${shown(id)} is not a project id; it is ignored`, false));
    else if (context.shows && !context.shows({ filters }, properties)) {
      // Which filter hides it, by its link name (layer, county…), so the presenter knows what to change.
      const hiding = facetsHiding(properties, filters as Partial<Record<FacetKey, string[]>>);
      const names = hiding.map((key) => FACETS[key].parameter).join(", ");
      const where = names ? ` (${names})` : "";
      findings.push(finding("highlight", `${shown(id)} is hidden by the slide's filters${where}`, false));
    }
  }
  return findings;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
