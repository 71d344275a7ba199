// What the presenter's files are called: by the tour they come from and the slide's number, so a folder
// of exports reads in order ("my-tour-slide-1.png" is slide 1) and a tour file says whose tour it is.
import { TOUR_SCHEMA_VERSION, type Tour } from "../../data/tour-schema";
import { slug } from "./presenter-tour-edits";

/** The tour's name in file names: its English title as words joined by hyphens ("my-tour"). */
export function tourSlug(tour: Pick<Tour, "title_en">, fallback: string): string {
  return slug(tour.title_en ?? "") || fallback;
}

export function tourFileName(tour: Pick<Tour, "title_en">): string {
  return `${tourSlug(tour, "tour")}.tour.json`;
}

/** The tour as a file: the schema version it is written for first, then its name and slides. */
export function tourFileText(tour: Tour): string {
  const { version: _version, title_zh, title_en, slides } = tour;
  const file: Tour = { version: TOUR_SCHEMA_VERSION, title_zh, title_en, slides };
  return `${JSON.stringify(file, null, 2)}\n`;
}
