import { describe, expect, it } from "vitest";
import type { Tour } from "../../data/tour-schema";
import { DEFAULT_FILTERS } from "../../filters/project-filters";
import {
  addPassage,
  addSlide,
  EMPTY_DRAFT,
  moveSlide,
  removeSlide,
  slideFromView,
} from "./presenter-tour-edits";

const draft = { ...EMPTY_DRAFT, title_zh: "铁路", title_en: "Rail", caption_zh: "甲。", caption_en: "A." };
const camera = { longitude: 120.756789, latitude: 30.743219, zoom: 10.23456 };

describe("tour edits", () => {
  it("makes a slide of the current view: facets that differ from the defaults, no search, a rounded camera", () => {
    const filters = { ...DEFAULT_FILTERS, layers: ["railway" as const], query: "杭海" };
    const slide = slideFromView({ slides: [] }, { ...draft, highlight: ["x"] }, filters, camera);
    expect(slide).toEqual({
      id: "my-slide-1",
      ...draft,
      highlight: ["x"],
      camera: { longitude: 120.7568, latitude: 30.7432, zoom: 10.23 },
      filters: { layers: ["railway"] },
    });
  });

  it("keeps ids unique after moves and deletions", () => {
    let tour: Tour = { slides: [] };
    for (let count = 0; count < 3; count += 1)
      tour = addSlide(tour, slideFromView(tour, draft, DEFAULT_FILTERS, camera));
    tour = removeSlide(tour, 0);
    const next = slideFromView(tour, draft, DEFAULT_FILTERS, camera);
    expect(tour.slides.map((slide) => slide.id)).toEqual(["my-slide-2", "my-slide-3"]);
    expect(next.id).toBe("my-slide-4");
  });

  it("moves a slide up and down, and not past either end", () => {
    let tour: Tour = { slides: [] };
    for (let count = 0; count < 3; count += 1)
      tour = addSlide(tour, slideFromView(tour, draft, DEFAULT_FILTERS, camera));
    const ids = (value: Tour) => value.slides.map((slide) => slide.id);
    expect(ids(moveSlide(tour, 2, -1))).toEqual(["my-slide-1", "my-slide-3", "my-slide-2"]);
    expect(ids(moveSlide(tour, 0, 1))).toEqual(["my-slide-2", "my-slide-1", "my-slide-3"]);
    expect(moveSlide(tour, 0, -1)).toBe(tour);
    expect(moveSlide(tour, 2, 1)).toBe(tour);
  });

  it("joins passages as they run in the plan, and marks a gap with ……", () => {
    const plan = "第一句。第二句。第三句。";
    expect(addPassage("", "第一句。", plan)).toBe("第一句。");
    expect(addPassage("第一句。", "第二句。", plan)).toBe("第一句。第二句。");
    expect(addPassage("第一句。", "第三句。", plan)).toBe("第一句。……第三句。");
  });
});
