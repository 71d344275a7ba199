// Paths are resolved from this file, never from the working directory or the machine, so the build
// gives the same result wherever the repository is checked out.
import { fileURLToPath } from "node:url";

const REPOSITORY_ROOT = new URL("../../", import.meta.url);

export function repositoryPath(relativePath: string): string {
  return fileURLToPath(new URL(relativePath, REPOSITORY_ROOT));
}

export const BASEMAP_OUTPUT_DIRECTORY = repositoryPath("data/basemap/");
