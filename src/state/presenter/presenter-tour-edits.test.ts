import { describe, expect, it } from "vitest";
import type { Tour } from "../../data/tour-schema";
import { validateTour } from "../../data/validate-tour";
import { DEFAULT_FILTERS } from "../../filters/project-filters";
import type { Bounds } from "../../geo/coordinates";
import { tourFileName, tourFileText } from "./presenter-files";
import {
  addPassage,
  addSlide,
  changeSlide,
  EMPTY_DRAFT,
  moveSlide,
  removeSlide,
  slideFromView,
  slug,
  startTour,
} from "./presenter-tour-edits";

const draft = { ...EMPTY_DRAFT, title_zh: "铁路", title_en: "Rail", caption_zh: "甲。", caption_en: "A." };
const frame: Bounds = [120.7567891, 30.7032199, 120.9012345, 30.8123456];
const plan = { mode: "plan" } as const;

function threeSlides(): Tour {
  let tour = startTour(null);
  for (let count = 0; count < 3; count += 1)
    tour = addSlide(tour, slideFromView(tour, draft, DEFAULT_FILTERS, frame, plan));
  return tour;
}

describe("tour edits", () => {
  it("starts a tour of one's own empty, or as a copy of the plan's, at the current schema version", () => {
    expect(startTour(null)).toEqual({ version: 2, title_zh: "我的导览", title_en: "My tour", slides: [] });
    const planTour = threeSlides();
    expect(startTour(planTour).slides).toEqual(planTour.slides);
    expect(startTour(planTour).slides).not.toBe(planTour.slides);
  });

  it("makes a slide of the framed view: its ground, its facets (no search) and a progress view", () => {
    const filters = { ...DEFAULT_FILTERS, layers: ["railway" as const], query: "杭海" };
    const progress = { mode: "progress", year: 2023 } as const;
    const slide = slideFromView(startTour(null), { ...draft, highlight: ["x"] }, filters, frame, progress);
    expect(slide).toEqual({
      id: "rail",
      ...draft,
      highlight: ["x"],
      camera: { bounds: [120.75679, 30.70322, 120.90123, 30.81235] },
      filters: { layers: ["railway"] },
      view: { mode: "progress", year: 2023 },
    });
    // The plan's colours are the default: a slide in them records no view.
    expect(slideFromView(startTour(null), draft, filters, frame, plan)).not.toHaveProperty("view");
  });

  it("names slides by their English title, numbered only when the name is taken", () => {
    const tour = threeSlides();
    expect(tour.slides.map((slide) => slide.id)).toEqual(["rail", "rail-2", "rail-3"]);
    const fewer = removeSlide(tour, 1);
    expect(slideFromView(fewer, draft, DEFAULT_FILTERS, frame, plan).id).toBe("rail-2");
    expect(slug("The Air hub — 2020!")).toBe("the-air-hub-2020");
    expect(slug("机场")).toBe("");
    expect(slideFromView(fewer, { ...draft, title_en: "机场" }, DEFAULT_FILTERS, frame, plan).id).toBe(
      "slide",
    );
  });

  it("changes one slide's filters or view and leaves the others as they are", () => {
    const tour = threeSlides();
    const changed = changeSlide(tour, 1, { filters: { pillars: ["hub"] }, view: { mode: "progress" } });
    expect(changed.slides[1]?.filters).toEqual({ pillars: ["hub"] });
    expect(changed.slides[1]?.view).toEqual({ mode: "progress" });
    expect(changed.slides[0]).toBe(tour.slides[0]);
    expect(changeSlide(changed, 1, { view: undefined }).slides[1]).not.toHaveProperty("view");
    expect(changeSlide(tour, 7, { filters: {} })).toBe(tour);
  });

  it("moves a slide up and down, and not past either end", () => {
    const tour = threeSlides();
    const ids = (value: Tour) => value.slides.map((slide) => slide.id);
    expect(ids(moveSlide(tour, 2, -1))).toEqual(["rail", "rail-3", "rail-2"]);
    expect(ids(moveSlide(tour, 0, 1))).toEqual(["rail-2", "rail", "rail-3"]);
    expect(moveSlide(tour, 0, -1)).toBe(tour);
    expect(moveSlide(tour, 2, 1)).toBe(tour);
  });

  it("joins passages as they run in the plan, and marks a gap with ……", () => {
    const text = "第一句。第二句。第三句。";
    expect(addPassage("", "第一句。", text)).toBe("第一句。");
    expect(addPassage("第一句。", "第二句。", text)).toBe("第一句。第二句。");
    expect(addPassage("第一句。", "第三句。", text)).toBe("第一句。……第三句。");
  });
});

describe("the tour file", () => {
  it("is named by the tour and round-trips through the validator, keeping its schema version", () => {
    const tour = { ...threeSlides(), title_en: "Rail for the council" };
    expect(tourFileName(tour)).toBe("rail-for-the-council.tour.json");
    const text = tourFileText(tour);
    expect(JSON.parse(text).version).toBe(2);
    const read = validateTour(text).tour;
    expect(read).toEqual(tour);
    expect(tourFileText(read)).toBe(text);
  });

  it("writes the current version even for a tour read from a version 1 file", () => {
    const old = validateTour(JSON.stringify({ slides: threeSlides().slides })).tour;
    expect(old.version).toBeUndefined();
    expect(JSON.parse(tourFileText(old)).version).toBe(2);
  });
});
