import { describe, expect, it } from "vitest";
import type { ProjectProperties } from "../data/project-schema";
import type { TourSlide } from "../data/tour-schema";
import { slideShows } from "./slide-filters";

// Only the facets matter to a slide: the rest of a project's properties are left out.
const project = (id: string, pillar: string, layer: string) =>
  ({ id, pillar, layer, status: "start", counties: ["330402"] }) as unknown as ProjectProperties;
const airport = project("airport", "hub", "airport");
const institute = project("institute", "innovation", "innovation");

describe("slideShows", () => {
  it("shows what the slide's facets allow, with no search", () => {
    const slide = { filters: { pillars: ["hub"] } } as Pick<TourSlide, "filters">;
    expect(slideShows(slide, airport)).toBe(true);
    expect(slideShows(slide, institute)).toBe(false);
  });

  it("follows a slide whose filters are replaced (an edit), not the first answer it gave", () => {
    const slide = { filters: { pillars: ["hub"] } } as { filters: TourSlide["filters"] };
    expect(slideShows(slide, institute)).toBe(false);
    slide.filters = { pillars: ["innovation"] };
    expect(slideShows(slide, institute)).toBe(true);
    expect(slideShows(slide, airport)).toBe(false);
  });

  it("shows everything for filters that are missing or not an object (an unchecked file)", () => {
    for (const filters of [undefined, null, [], "hub"]) {
      const slide = { filters } as unknown as Pick<TourSlide, "filters">;
      expect(slideShows(slide, airport)).toBe(true);
      expect(slideShows(slide, institute)).toBe(true);
    }
  });
});
