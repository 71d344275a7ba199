// What a tour slide shows: its facets over the defaults, never a search. The same predicate as the list
// and the map, so a slide's caption and its map agree.
import type { ProjectProperties } from "../data/project-schema";
import type { TourSlide } from "../data/tour-schema";
import type { IndexedProperties } from "./indexed-properties";
import { filterPredicate, type ProjectPredicate } from "./matches-filters";
import { DEFAULT_FILTERS, type ProjectFilters } from "./project-filters";

export function slideFilters(slide: Pick<TourSlide, "filters">): ProjectFilters {
  return { ...DEFAULT_FILTERS, ...slide.filters, query: "" };
}

// Checking a tour asks this for every slide and every project (90,000 times at 10,000 projects): each
// slide's filters become a predicate once, kept while the slide keeps the same filters object.
const predicates = new WeakMap<object, { filters: unknown; shows: ProjectPredicate }>();

// Tolerates a slide read from an unchecked file: filters that are not an object show everything.
export function slideShows(slide: Pick<TourSlide, "filters">, properties: ProjectProperties): boolean {
  let kept = predicates.get(slide);
  if (!kept || kept.filters !== slide.filters) {
    const filters =
      typeof slide.filters === "object" && slide.filters !== null && !Array.isArray(slide.filters)
        ? slide.filters
        : {};
    kept = { filters: slide.filters, shows: filterPredicate(slideFilters({ filters })) };
    predicates.set(slide, kept);
  }
  // A slide never searches (its query is empty), so the project's search text is never read.
  return kept.shows(properties as IndexedProperties);
}
