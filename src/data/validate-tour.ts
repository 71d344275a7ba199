// Checks data/tour.json the way validate-collection checks project files: pure, never throws, one
// problem per mistake in words a presenter can act on ("tour.json: slide hub-rail: camera: …"). A slide
// with a blocking problem is left out of the tour; an unknown highlight id is dropped and reported.
import { MAP_LIMITS } from "../geo/camera";
import { FACETS, type FacetKey, facetsHiding } from "./facets";
import { type Finding, finding, type Problem, problem, shown } from "./problem";
import { ID_PATTERN, type ProjectProperties } from "./project-schema";
import {
  MAX_LENGTHS,
  TOUR_FILE_NAME,
  TOUR_FILTER_KEYS,
  TOUR_ZOOM_RANGE,
  type Tour,
  type TourSlide,
} from "./tour-schema";
import { DEPENDS_ON_UNLOADED, dependsOnUnloaded, type UnloadedProjects } from "./unloaded-projects";
import { checkText } from "./validate-properties";

export interface TourContext {
  // The valid projects: highlight ids must name one, and a slide must show at least one; `shows` is the
  // filter predicate (src/filters/slide-filters.ts), handed in because filtering sits above the schema.
  projects?: readonly ProjectProperties[];
  shows?: (slide: Pick<TourSlide, "filters">, properties: ProjectProperties) => boolean;
  // The plan text (the CLI, tests, and the app when a presenter loads a tour file): caption_zh quotes it.
  planText?: string;
  // Projects the page lacks (a file that failed): a slide naming one waits for it, it is no mistake.
  unloaded?: UnloadedProjects;
}

export interface ValidatedTour {
  tour: Tour;
  problems: Problem[];
  // Ids of slides that depend on a project that did not load (a highlight dropped, or nothing to show).
  waiting: string[];
}

const SLIDE_FIELDS = [
  "id",
  "title_zh",
  "title_en",
  "caption_zh",
  "caption_en",
  "camera",
  "filters",
  "highlight",
];
// Longitude and latitude a tour camera may look at, in degrees: the map's own maxBounds.
const [CAMERA_WEST, CAMERA_SOUTH, CAMERA_EAST, CAMERA_NORTH] = MAP_LIMITS.maxBounds;
// A caption may join several passages of the plan with an ellipsis; each passage must be verbatim.
export const CAPTION_ELLIPSIS = "……";
// How a whole sentence of the plan ends (the plan closes quotes after the full stop: 。” ). A caption that
// ends any other way stops mid-sentence and must say so with the ellipsis.
const SENTENCE_ENDS_ZH = /[。！？；;!?]”?$/; // the plan writes some semicolons half-width
const SENTENCE_ENDS_EN = /([.!?;]["”’]?|…)$/;
// More slides than any talk needs: a file with more is cut here (the rest reported, not read), so a
// 10 000-slide file neither freezes the page nor fills it with problems.
export const MAX_SLIDES = 100;

export function validateTour(text: string, context: TourContext = {}): ValidatedTour {
  const problems: Problem[] = [];
  const slides: TourSlide[] = [];
  const waiting: string[] = [];
  const top = (field: string, message: string) =>
    problems.push(problem(TOUR_FILE_NAME, null, field, message));
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    top("json", `is not valid JSON (${error instanceof Error ? error.message : String(error)})`);
    return { tour: { slides }, problems, waiting };
  }
  if (!isRecord(parsed) || !Array.isArray(parsed.slides)) {
    top("slides", 'missing; the file must be an object with a "slides" array');
    return { tour: { slides }, problems, waiting };
  }
  for (const key of Object.keys(parsed)) if (key !== "slides") top(key, "unknown member; it is ignored");
  if (parsed.slides.length === 0) top("slides", "is empty; the tour needs at least one slide");
  if (parsed.slides.length > MAX_SLIDES) {
    top("slides", `has ${parsed.slides.length} slides; only the first ${MAX_SLIDES} are read`);
  }
  const seen = new Set<string>();
  parsed.slides.slice(0, MAX_SLIDES).forEach((value: unknown, index) => {
    const id =
      isRecord(value) && typeof value.id === "string" && value.id !== "" ? value.id : `#${index + 1}`;
    const findings = isRecord(value) ? checkSlide(value, context) : [finding("slide", "must be an object")];
    if (seen.has(id))
      findings.push(finding("id", `${shown(id)} is used by an earlier slide; ids must be unique`));
    seen.add(id);
    // What a project that did not load explains is said once per slide, as waiting, not as a fault.
    const faults = findings.filter((found) => found.message !== DEPENDS_ON_UNLOADED);
    if (faults.length < findings.length) waiting.push(id);
    for (const found of faults)
      problems.push(problem(TOUR_FILE_NAME, `slide ${id}`, found.field, found.message));
    if (isRecord(value) && !findings.some((found) => found.blocking)) slides.push(cleanSlide(value, context));
  });
  return { tour: { slides }, problems, waiting };
}

function checkSlide(slide: Record<string, unknown>, context: TourContext): Finding[] {
  const findings: Finding[] = [];
  for (const field of SLIDE_FIELDS.filter((name) => name !== "filters" && name !== "highlight")) {
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
  const filterFindings = "filters" in slide ? checkFilters(slide.filters) : [];
  findings.push(...filterFindings);
  // Whether a highlight is hidden only means something once the filters themselves are sound.
  if ("highlight" in slide)
    findings.push(...checkHighlight(slide, filterFindings.length === 0 ? context : {}));
  const shows = context.shows;
  if (context.projects && shows && !findings.some((found) => found.blocking)) {
    const shownCount = context.projects.filter((properties) => shows(slide as never, properties)).length;
    // With projects missing, an empty slide may well show them once they load: it waits, left out.
    if (shownCount === 0)
      findings.push(
        context.unloaded && (context.unloaded.unknownIds || context.unloaded.ids.size > 0)
          ? finding("filters", DEPENDS_ON_UNLOADED)
          : finding("filters", "show no project; the slide would be an empty map"),
      );
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

function checkCamera(camera: unknown): Finding[] {
  if (camera === "fit") return [];
  if (!isRecord(camera))
    return [finding("camera", `${shown(camera)} must be "fit" or {longitude, latitude, zoom}`)];
  const findings: Finding[] = [];
  const ranges: Record<string, readonly [number, number]> = {
    longitude: [CAMERA_WEST, CAMERA_EAST],
    latitude: [CAMERA_SOUTH, CAMERA_NORTH],
    zoom: TOUR_ZOOM_RANGE,
  };
  for (const [key, [low, high]] of Object.entries(ranges)) {
    const value = camera[key];
    if (typeof value !== "number" || !Number.isFinite(value)) {
      findings.push(finding(`camera.${key}`, `${shown(value)} must be a number`));
    } else if (value < low || value > high) {
      findings.push(finding(`camera.${key}`, `${value} is outside ${low}–${high}`));
    }
  }
  for (const key of Object.keys(camera)) {
    if (!(key in ranges)) findings.push(finding(`camera.${key}`, "unknown field; it is ignored", false));
  }
  return findings;
}

function checkFilters(filters: unknown): Finding[] {
  if (!isRecord(filters)) return [finding("filters", `${shown(filters)} must be an object`)];
  const findings: Finding[] = [];
  for (const [key, value] of Object.entries(filters)) {
    const allowed: readonly string[] | undefined = Object.hasOwn(FACETS, key)
      ? FACETS[key as FacetKey].values
      : undefined;
    if (!allowed) {
      findings.push(finding(`filters.${key}`, `unknown filter; use ${TOUR_FILTER_KEYS.join(", ")}`));
    } else if (!Array.isArray(value)) {
      findings.push(finding(`filters.${key}`, `${shown(value)} must be a list`));
    } else {
      const bad = value.filter((item) => !allowed.includes(item as string));
      if (bad.length > 0) {
        findings.push(
          finding(`filters.${key}`, `${bad.map(shown).join(", ")} not one of ${allowed.join(", ")}`),
        );
      }
    }
  }
  return findings;
}

function checkHighlight(slide: Record<string, unknown>, context: TourContext): Finding[] {
  const highlight = slide.highlight;
  if (!Array.isArray(highlight) || highlight.some((id) => typeof id !== "string")) {
    return [finding("highlight", `${shown(highlight)} must be a list of project ids`)];
  }
  if (!context.projects) return [];
  const byId = new Map(context.projects.map((properties) => [properties.id, properties]));
  const findings: Finding[] = [];
  for (const id of highlight as string[]) {
    const properties = byId.get(id);
    if (!properties && context.unloaded && dependsOnUnloaded(id, context.unloaded))
      findings.push(finding("highlight", DEPENDS_ON_UNLOADED, false));
    else if (!properties)
      findings.push(finding("highlight", `${shown(id)} is not a project id; it is ignored`, false));
    else if (context.shows && !context.shows(slide as never, properties)) {
      // Which filter hides it, by its link name (layer, county…), so the presenter knows what to change.
      const filters = (typeof slide.filters === "object" && slide.filters) || {};
      const hiding = facetsHiding(properties, filters as Partial<Record<FacetKey, string[]>>);
      const names = hiding.map((key) => FACETS[key].parameter).join(", ");
      findings.push(
        finding(
          "highlight",
          `${shown(id)} is hidden by the slide's filters${names ? ` (${names})` : ""}`,
          false,
        ),
      );
    }
  }
  return findings;
}

function cleanSlide(slide: Record<string, unknown>, context: TourContext): TourSlide {
  const known = context.projects ? new Set(context.projects.map((properties) => properties.id)) : null;
  const highlight = Array.isArray(slide.highlight) ? (slide.highlight as string[]) : [];
  const camera = slide.camera as TourSlide["camera"];
  return {
    id: slide.id as string,
    title_zh: slide.title_zh as string,
    title_en: slide.title_en as string,
    caption_zh: slide.caption_zh as string,
    caption_en: slide.caption_en as string,
    camera:
      camera === "fit"
        ? "fit"
        : { longitude: camera.longitude, latitude: camera.latitude, zoom: camera.zoom },
    filters: isRecord(slide.filters) ? (slide.filters as TourSlide["filters"]) : {},
    highlight: highlight.filter((id) => !known || known.has(id)),
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
