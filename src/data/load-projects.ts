// Loads and validates every project file. A bad feature is skipped and reported; a file that cannot be
// fetched at all is a load failure the page offers to retry. The renderer only ever sees valid features.
// Each file is read as soon as it arrives and `onProgress` hears the projects so far, so one slow file
// holds back only its own projects.
import { combineProjectFiles, type FileOutcome, type LoadedProjects } from "./combine-project-files";
import { fetchText } from "./fetch-json";
import { validateCollection } from "./validate-collection";

export type { LoadedProjects };

export async function loadProjects(
  urls: Record<string, string>,
  fetcher: typeof fetch = fetch,
  onProgress: (sofar: LoadedProjects) => void = () => undefined,
): Promise<LoadedProjects> {
  const files = Object.keys(urls).sort();
  const outcomes = new Map<string, FileOutcome>(files.map((file) => [file, { file, state: "pending" }]));
  await Promise.all(
    files.map(async (file) => {
      const fetched = await fetchText(urls[file] as string, fetcher);
      outcomes.set(
        file,
        fetched.ok
          ? { file, state: "read", result: validateCollection(fetched.text, { fileName: file }) }
          : { file, state: "failed", detail: fetched.detail },
      );
      if ([...outcomes.values()].some((outcome) => outcome.state === "pending"))
        onProgress(combineProjectFiles([...outcomes.values()]));
    }),
  );
  const result = combineProjectFiles([...outcomes.values()]);
  if (files.length === 0)
    result.failures.push({ file: "data/projects", detail: "no project files in the build" });
  return result;
}
