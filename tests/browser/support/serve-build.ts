// Builds and serves a variant of the app for one test file: the app against other project data (the
// "@project-data" switch in vite.config.ts), or an existing build under extra response headers.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { build, type PreviewServer, preview } from "vite";

const ROOT = resolve(import.meta.dirname, "../../..");

export interface ServedBuild {
  baseUrl: string;
  close: () => Promise<void>;
}

/** Serves a built folder (default dist/) with vite preview on a free port, adding `headers` to each response. */
export async function serveBuild(
  outDir = "dist",
  headers: Record<string, string> = {},
): Promise<ServedBuild> {
  const server: PreviewServer = await preview({
    root: ROOT,
    logLevel: "warn",
    build: { outDir },
    preview: { host: "127.0.0.1", port: 4400, strictPort: false, headers },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error("vite preview did not report a URL");
  return { baseUrl: url.replace(/\/$/, ""), close: () => server.close() };
}

/** Builds the app with another project-data directory (relative to the repository) and serves it. */
export async function buildWithProjectData(projectDataDirectory: string): Promise<ServedBuild> {
  const outDir = mkdtempSync(join(tmpdir(), "jiaxing-test-build-"));
  const previous = process.env.PROJECT_DATA_DIR;
  process.env.PROJECT_DATA_DIR = resolve(ROOT, projectDataDirectory);
  try {
    await build({ root: ROOT, logLevel: "warn", build: { outDir, emptyOutDir: true } });
  } finally {
    if (previous === undefined) delete process.env.PROJECT_DATA_DIR;
    else process.env.PROJECT_DATA_DIR = previous;
  }
  const served = await serveBuild(outDir);
  return {
    baseUrl: served.baseUrl,
    close: async () => {
      await served.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}
