// What a tour slide shows: its facets over the defaults, never a search. The same predicate as the list
// and the map, so a slide's caption and its map agree.
import type { ProjectProperties } from "../data/project-schema";
import type { TourSlide } from "../data/tour-schema";
import { type IndexedProperties, searchText } from "./indexed-properties";
import { matchesFilters } from "./matches-filters";
import { DEFAULT_FILTERS, type ProjectFilters } from "./project-filters";

export function slideFilters(slide: Pick<TourSlide, "filters">): ProjectFilters {
  return { ...DEFAULT_FILTERS, ...slide.filters, query: "" };
}

// Tolerates a slide read from an unchecked file: filters that are not an object show everything.
export function slideShows(slide: Pick<TourSlide, "filters">, properties: ProjectProperties): boolean {
  const indexed = { ...properties, search_text: searchText(properties) } as IndexedProperties;
  return matchesFilters(
    indexed,
    slideFilters({
      filters:
        typeof slide.filters === "object" && slide.filters !== null && !Array.isArray(slide.filters)
          ? slide.filters
          : {},
    }),
  );
}
