// Loads data/tour.json, shipped as a hashed file like the project data so a presenter can change the
// tour without touching code, and validates it against the projects that loaded.
import tourUrl from "../../data/tour.json?url";
import { type FetchResult, fetchText } from "./fetch-json";
import { type Problem, problem } from "./problem";
import { TOUR_FILE_NAME, type Tour } from "./tour-schema";
import { type TourContext, validateTour } from "./validate-tour";

export const TOUR_URL = tourUrl;

export function loadTourText(url = TOUR_URL, fetcher: typeof fetch = fetch): Promise<FetchResult> {
  return fetchText(url, fetcher);
}

export function readTour(fetched: FetchResult, context: TourContext): { tour: Tour; problems: Problem[] } {
  if (!fetched.ok) {
    return { tour: { slides: [] }, problems: [problem(TOUR_FILE_NAME, null, "file", fetched.detail)] };
  }
  return validateTour(fetched.text, context);
}
