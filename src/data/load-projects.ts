// Loads and validates every project file. A bad feature is skipped and reported; a file that cannot be
// fetched at all is a load failure the page offers to retry. The renderer only ever sees valid features.
import { fetchText } from "./fetch-json";
import type { Problem } from "./problem";
import type { ProjectFeature } from "./project-schema";
import { validateCollection } from "./validate-collection";

export interface LoadedProjects {
  features: ProjectFeature[];
  problems: Problem[];
  failures: { file: string; detail: string }[];
}

export async function loadProjects(
  urls: Record<string, string>,
  fetcher: typeof fetch = fetch,
): Promise<LoadedProjects> {
  const files = Object.keys(urls).sort();
  const texts = await Promise.all(files.map((file) => fetchText(urls[file] as string, fetcher)));
  const seenIds = new Set<string>();
  const result: LoadedProjects = { features: [], problems: [], failures: [] };
  files.forEach((file, index) => {
    const fetched = texts[index];
    if (!fetched?.ok) {
      result.failures.push({ file, detail: fetched ? fetched.detail : "not requested" });
      return;
    }
    const validated = validateCollection(fetched.text, { fileName: file, seenIds });
    result.features.push(...validated.features);
    result.problems.push(...validated.problems);
  });
  if (files.length === 0)
    result.failures.push({ file: "data/projects", detail: "no project files in the build" });
  return result;
}
