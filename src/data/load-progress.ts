// Loads data/progress.json, shipped as a hashed file beside the project data (so the record can be
// updated without touching code), and checks it against the projects that loaded. Imported lazily by
// state/progress/use-progress.ts: the validator stays out of the page's first script.
import progressUrl from "../../data/progress.json?url";
import { fetchText } from "./fetch-json";
import { problem } from "./problem";
import { PROGRESS_FILE_NAME } from "./progress-schema";
import { type ProgressContext, type ValidatedProgress, validateProgressText } from "./validate-progress";

export const PROGRESS_URL = progressUrl;

export async function loadProgress(
  context: ProgressContext,
  url = PROGRESS_URL,
  fetcher: typeof fetch = fetch,
): Promise<ValidatedProgress> {
  const fetched = await fetchText(url, fetcher);
  if (!fetched.ok) {
    return { asOf: null, entries: [], problems: [problem(PROGRESS_FILE_NAME, null, "file", fetched.detail)] };
  }
  return validateProgressText(fetched.text, context);
}
