// Checks a tour file (data/tour.json, or one a presenter loads) the way validate-collection checks
// project files: pure, never throws, one problem per mistake in words a presenter can act on
// ("tour.json: slide hub-rail: camera: …"). A slide with a blocking problem is left out of the tour; the
// rest still plays. The slides themselves are checked in validate-tour-slide.ts.
import { type Problem, problem, shown } from "./problem";
import { TOUR_FILE_NAME, TOUR_SCHEMA_VERSION, type Tour, type TourSlide } from "./tour-schema";
import { DEPENDS_ON_UNLOADED } from "./unloaded-projects";
import { checkText } from "./validate-properties";
import { cleanCamera, cleanView } from "./validate-tour-camera";
import { checkSlide, cleanFilters, isRecord, projectsById, type SlideContext } from "./validate-tour-slide";

export { CAPTION_ELLIPSIS } from "./validate-tour-slide";

// The valid projects (highlight ids must name one, and a slide must show at least one) with `shows`, the
// filter predicate (src/filters/slide-filters.ts), handed in because filtering sits above the schema; the
// plan text (the CLI, tests, and the app when a presenter loads a tour file), which caption_zh quotes;
// the projects the page lacks (a file that failed): a slide naming one waits for it, it is no mistake.
export interface TourContext extends SlideContext {
  emptyIsFine?: boolean; // a tour being made may have no slides yet (the presenter's own)
  fileName?: string; // how problems name the file; tour.json by default
}

export interface ValidatedTour {
  tour: Tour;
  problems: Problem[];
  // Ids of slides that depend on a project that did not load (a highlight dropped, or nothing to show).
  waiting: string[];
}

const TOUR_MEMBERS = ["version", "title_zh", "title_en", "slides"];
// More slides than any talk needs: a file with more is cut here (the rest reported, not read), so a
// 10 000-slide file neither freezes the page nor fills it with problems.
export const MAX_SLIDES = 100;
// A tour's name is a file name and a heading, not a caption.
const MAX_TOUR_TITLE = { title_zh: 20, title_en: 50 } as const;

export function validateTour(text: string, context: TourContext = {}): ValidatedTour {
  const problems: Problem[] = [];
  const slides: TourSlide[] = [];
  const waiting: string[] = [];
  const file = context.fileName ?? TOUR_FILE_NAME;
  const top = (field: string, message: string) => problems.push(problem(file, null, field, message));
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
  for (const key of Object.keys(parsed)) {
    if (!TOUR_MEMBERS.includes(key)) top(key, "unknown member; it is ignored");
  }
  const version = checkVersion(parsed.version, top);
  const titles = checkTitles(parsed, top);
  if (parsed.slides.length === 0 && !context.emptyIsFine) {
    top("slides", "is empty; the tour needs at least one slide");
  }
  if (parsed.slides.length > MAX_SLIDES) {
    top("slides", `has ${parsed.slides.length} slides; only the first ${MAX_SLIDES} are read`);
  }
  const seen = new Set<string>();
  parsed.slides.slice(0, MAX_SLIDES).forEach((value: unknown, index) => {
    const id =
      isRecord(value) && typeof value.id === "string" && value.id !== "" ? value.id : `#${index + 1}`;
    const findings = isRecord(value)
      ? checkSlide(value, context)
      : [{ field: "slide", message: "must be an object", blocking: true }];
    if (seen.has(id)) {
      const message = `${shown(id)} is used by an earlier slide; ids must be unique`;
      findings.push({ field: "id", message, blocking: true });
    }
    seen.add(id);
    // What a project that did not load explains is said once per slide, as waiting, not as a fault.
    const faults = findings.filter((found) => found.message !== DEPENDS_ON_UNLOADED);
    if (faults.length < findings.length) waiting.push(id);
    for (const found of faults) problems.push(problem(file, `slide ${id}`, found.field, found.message));
    if (isRecord(value) && !findings.some((found) => found.blocking)) slides.push(cleanSlide(value, context));
  });
  return { tour: { ...(version ? { version } : {}), ...titles, slides }, problems, waiting };
}

// A file states the schema it was written for. One from a newer map is read as far as this one
// understands it (its unknown fields are reported), so a colleague's tour still plays.
function checkVersion(value: unknown, top: (field: string, message: string) => void): number | undefined {
  if (value === undefined) return undefined;
  if (!Number.isInteger(value) || (value as number) < 1) {
    top("version", `${shown(value)} must be a whole number from 1; it is ignored`);
    return undefined;
  }
  if ((value as number) > TOUR_SCHEMA_VERSION) {
    top(
      "version",
      `${value} is newer than this map reads (${TOUR_SCHEMA_VERSION}); what it understands still plays`,
    );
  }
  return value as number;
}

function checkTitles(
  parsed: Record<string, unknown>,
  top: (field: string, message: string) => void,
): Pick<Tour, "title_zh" | "title_en"> {
  const titles: Pick<Tour, "title_zh" | "title_en"> = {};
  for (const field of ["title_zh", "title_en"] as const) {
    if (!(field in parsed)) continue;
    const findings = checkText(field, parsed[field]);
    const value = parsed[field];
    if (findings.length === 0 && typeof value === "string" && [...value].length > MAX_TOUR_TITLE[field]) {
      findings.push({
        field,
        message: `is ${[...value].length} characters long; keep it to ${MAX_TOUR_TITLE[field]}`,
        blocking: true,
      });
    }
    for (const found of findings) top(field, `${found.message}; it is ignored`);
    if (findings.length === 0) titles[field] = value as string;
  }
  return titles;
}

function cleanSlide(slide: Record<string, unknown>, context: TourContext): TourSlide {
  const known = context.projects ? projectsById(context.projects) : null;
  const highlight = Array.isArray(slide.highlight) ? (slide.highlight as string[]) : [];
  const view = cleanView(slide.view);
  return {
    id: slide.id as string,
    title_zh: slide.title_zh as string,
    title_en: slide.title_en as string,
    caption_zh: slide.caption_zh as string,
    caption_en: slide.caption_en as string,
    camera: cleanCamera(slide.camera as TourSlide["camera"]),
    filters: cleanFilters(slide.filters),
    ...(view ? { view } : {}),
    highlight: highlight.filter((id) => !known || known.has(id)),
  };
}
