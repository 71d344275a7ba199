// Loads data/tour.json, shipped as a hashed file like the project data so a presenter can change the
// tour without touching code, and validates it against the projects that loaded.
import tourUrl from "../../data/tour.json?url";
import { type FetchResult, fetchText } from "./fetch-json";
import { TOUR_FILE_NAME } from "./tour-schema";
import { type TourContext, type ValidatedTour, validateTour } from "./validate-tour";

export const TOUR_URL = tourUrl;

export function loadTourText(url = TOUR_URL, fetcher: typeof fetch = fetch): Promise<FetchResult> {
  return fetchText(url, fetcher);
}

// A tour file that could not be fetched is a failure to retry, not a fault in its content.
export type ReadTour = ValidatedTour & { failure?: string };

export function readTour(fetched: FetchResult, context: TourContext): ReadTour {
  if (!fetched.ok) {
    return {
      tour: { slides: [] },
      problems: [],
      waiting: [],
      failure: `${TOUR_FILE_NAME}: ${fetched.detail}`,
    };
  }
  return validateTour(fetched.text, context);
}
