// Builds the app and the bare MapLibre page against one project-data directory, each into its own
// folder under the benchmark's web root, so one static server serves every variant side by side.
import { resolve } from "node:path";
import { build } from "vite";

export const REPOSITORY = resolve(import.meta.dirname, "../..");
const BARE_ENTRY = "scripts/bench/bare-page/index.html";

export interface Variant {
  name: string; // the folder and URL prefix, e.g. "app-10000"
  kind: "app" | "bare";
  entryPath: string; // the page's path under its prefix
}

/** Builds both pages for one dataset; `projectDirectory` becomes "@project-data" (see vite.config.ts). */
export async function buildVariants(
  webRoot: string,
  label: string,
  projectDirectory: string,
  // Another checkout of the repository (an earlier commit, for a baseline) builds with its own config.
  root: string = REPOSITORY,
): Promise<{ app: Variant; bare: Variant }> {
  // vite.config.ts reads the switch when each build loads the config.
  process.env.PROJECT_DATA_DIR = projectDirectory;
  try {
    const app: Variant = { name: `app-${label}`, kind: "app", entryPath: "" };
    await build({
      root,
      configFile: resolve(root, "vite.config.ts"),
      base: `/${app.name}/`,
      logLevel: "warn",
      build: { outDir: resolve(webRoot, app.name), emptyOutDir: true, manifest: true },
    });
    const bare: Variant = { name: `bare-${label}`, kind: "bare", entryPath: BARE_ENTRY };
    await build({
      root,
      configFile: resolve(root, "vite.config.ts"),
      base: `/${bare.name}/`,
      logLevel: "warn",
      build: {
        outDir: resolve(webRoot, bare.name),
        emptyOutDir: true,
        manifest: true,
        rolldownOptions: { input: resolve(root, BARE_ENTRY) },
      },
    });
    return { app, bare };
  } finally {
    delete process.env.PROJECT_DATA_DIR;
  }
}
