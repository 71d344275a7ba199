// Loads data/progress.json, shipped as a hashed file beside the project data (so the record can be
// updated without touching code), and checks it against the projects that loaded. Imported lazily by
// state/progress/use-progress.ts: the validator stays out of the page's first script.
import progressUrl from "../../data/progress.json?url";
import { fetchText } from "./fetch-json";
import { PROGRESS_FILE_NAME } from "./progress-schema";
import { type ProgressContext, type ValidatedProgress, validateProgressText } from "./validate-progress";

export const PROGRESS_URL = progressUrl;

// A record that could not be fetched is a failure to retry, not a fault in its content.
export type LoadedProgress = ValidatedProgress & { failure?: string };

export async function loadProgress(
  context: ProgressContext,
  url = PROGRESS_URL,
  fetcher: typeof fetch = fetch,
): Promise<LoadedProgress> {
  const fetched = await fetchText(url, fetcher);
  if (!fetched.ok) {
    return {
      asOf: null,
      entries: [],
      problems: [],
      waiting: 0,
      failure: `${PROGRESS_FILE_NAME}: ${fetched.detail}`,
    };
  }
  return validateProgressText(fetched.text, context);
}
