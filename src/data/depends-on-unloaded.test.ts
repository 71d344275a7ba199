// Notices name the file at fault, and only it (issue 32, R5): when a project's file did not load, the
// progress record and the tour that name its projects are not called broken; each says once that it
// waits for a project that did not load. A name no file could hold is still the record's own mistake.
import { describe, expect, it } from "vitest";
import { AIRPORT, constructionStarted } from "../../tests/support/airport-fixtures";
import { slideShows } from "../filters/slide-filters";
import { tourNotices } from "../state/presenter/presenter-tour";
import { progressNotices } from "../state/progress/read-progress";
import { formatProblem } from "./problem";
import { NOTHING_UNLOADED, type UnloadedProjects } from "./unloaded-projects";
import { validateProgress } from "./validate-progress";
import { validateTour } from "./validate-tour";

const fileFailed: UnloadedProjects = { ids: new Set(), unknownIds: true };
const entry = constructionStarted;
const noRetry = () => undefined;

describe("a progress record naming projects whose file did not load", () => {
  const context = { projectIds: new Set(["kept-project"]), today: "2026-11-29" };
  const record = {
    as_of: "2026-11-29",
    entries: [entry("kept-project"), entry("railway-a"), entry("railway-b")],
  };

  it("keeps the entries it can check and sets the others aside, without a problem", () => {
    const result = validateProgress(record, { ...context, unloaded: fileFailed });
    expect(result.problems).toEqual([]);
    expect(result.entries.map((kept) => kept.project)).toEqual(["kept-project"]);
    expect(result.waiting).toBe(2);
    const notices = progressNotices({ problems: [], waiting: result.waiting }, noRetry);
    expect(notices.map((notice) => [notice.message, notice.values])).toEqual([
      ["progressWaiting", { count: 2 }],
    ]);
  });

  it("still blames the record for an id no project has when every file loaded", () => {
    const result = validateProgress(record, { ...context, unloaded: NOTHING_UNLOADED });
    expect(result.waiting).toBe(0);
    expect(result.problems.map(formatProblem)).toEqual([
      'progress.json: entry 2: project: "railway-a" is not the id of any project',
      'progress.json: entry 3: project: "railway-b" is not the id of any project',
    ]);
  });

  it("knows a skipped project by its id, and blames a typo even then", () => {
    const skipped: UnloadedProjects = { ids: new Set(["railway-a"]), unknownIds: false };
    const result = validateProgress(record, { ...context, unloaded: skipped });
    expect(result.waiting).toBe(1);
    expect(result.problems.map(formatProblem)).toEqual([
      'progress.json: entry 3: project: "railway-b" is not the id of any project',
    ]);
  });

  it("names the record's own file when it could not be fetched, with a Retry", () => {
    const [notice] = progressNotices(
      { problems: [], waiting: 0, failure: "progress.json: HTTP 503" },
      noRetry,
    );
    expect(notice).toMatchObject({
      message: "partFailed",
      values: { detail: "progress.json: HTTP 503" },
      valueKeys: { part: "partProgress" },
      action: { label: "retry" },
    });
  });
});

describe("a tour naming projects whose file did not load", () => {
  const airport = AIRPORT;
  const slide = {
    id: "air-hub",
    title_zh: "航空枢纽",
    title_en: "The air hub",
    caption_zh: "打好航空枢纽建设攻坚战。",
    caption_en: "Win the battle of building the air hub.",
    camera: "fit",
    filters: { layers: ["airport"] },
    highlight: ["jiaxing-military-civil-airport", "railway-a"],
  };
  const railwaySlide = { ...slide, id: "rail", filters: { layers: ["railway"] }, highlight: ["railway-a"] };
  const text = JSON.stringify({ slides: [slide, railwaySlide] });

  it("keeps what it can show, lets the rest wait, and says so once, not as the tour's problems", () => {
    const read = validateTour(text, { projects: [airport], shows: slideShows, unloaded: fileFailed });
    expect(read.problems).toEqual([]);
    expect(read.tour.slides.map((kept) => [kept.id, kept.highlight])).toEqual([
      ["air-hub", ["jiaxing-military-civil-airport"]],
    ]);
    expect(read.waiting).toEqual(["air-hub", "rail"]);
    const notices = tourNotices(read, noRetry);
    expect(notices.map((notice) => [notice.message, notice.values])).toEqual([["tourWaiting", { count: 2 }]]);
  });

  it("calls the same names the tour's mistakes when every file loaded", () => {
    const read = validateTour(text, { projects: [airport], shows: slideShows, unloaded: NOTHING_UNLOADED });
    expect(read.waiting).toEqual([]);
    expect(read.problems.map(formatProblem)).toEqual([
      'tour.json: slide air-hub: highlight: "railway-a" is not a project id; it is ignored',
      'tour.json: slide rail: highlight: "railway-a" is not a project id; it is ignored',
      "tour.json: slide rail: filters: show no project; the slide would be an empty map",
    ]);
    expect(tourNotices(read, noRetry).map((notice) => notice.message)).toEqual(["tourProblems"]);
  });
});
