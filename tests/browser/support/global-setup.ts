// Serves the production build once for all browser tests, on a free local port.
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { type PreviewServer, preview } from "vite";
import type { TestProject } from "vitest/node";

let server: PreviewServer | undefined;

export async function setup(project: TestProject): Promise<void> {
  const root = resolve(import.meta.dirname, "../../..");
  if (!existsSync(resolve(root, "dist/index.html"))) {
    throw new Error("No production build in dist/: run `npm run build` before the browser tests.");
  }
  server = await preview({
    root,
    logLevel: "warn",
    preview: { host: "127.0.0.1", port: 4319, strictPort: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error("vite preview did not report a URL");
  project.provide("baseUrl", url.replace(/\/$/, ""));
}

export async function teardown(): Promise<void> {
  await server?.close();
}

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
