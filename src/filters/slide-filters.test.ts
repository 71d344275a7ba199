import { describe, expect, it } from "vitest";
import type { ProjectProperties } from "../data/project-schema";
import type { TourSlide } from "../data/tour-schema";
import { slideShows } from "./slide-filters";

const airport = {
  id: "jiaxing-military-civil-airport",
  pillar: "hub",
  layer: "airport",
  status: "start",
  counties: ["330402"],
  name_zh: "嘉兴军民合用机场",
  name_en: "Jiaxing military–civil airport",
} as ProjectProperties;
const institute = { ...airport, id: "nanhu-research-institute", pillar: "innovation", layer: "innovation" };

describe("slideShows", () => {
  it("shows what the slide's facets allow, with no search", () => {
    const slide = { filters: { pillars: ["hub"] } } as Pick<TourSlide, "filters">;
    expect(slideShows(slide, airport)).toBe(true);
    expect(slideShows(slide, institute as ProjectProperties)).toBe(false);
  });

  it("follows a slide whose filters are replaced (an edit), not the first answer it gave", () => {
    const slide = { filters: { pillars: ["hub"] } } as { filters: TourSlide["filters"] };
    expect(slideShows(slide, institute as ProjectProperties)).toBe(false);
    slide.filters = { pillars: ["innovation"] };
    expect(slideShows(slide, institute as ProjectProperties)).toBe(true);
    expect(slideShows(slide, airport)).toBe(false);
  });

  it("shows everything for filters that are missing or not an object (an unchecked file)", () => {
    for (const filters of [undefined, null, [], "hub"]) {
      const slide = { filters } as unknown as Pick<TourSlide, "filters">;
      expect(slideShows(slide, airport)).toBe(true);
      expect(slideShows(slide, institute as ProjectProperties)).toBe(true);
    }
  });
});
