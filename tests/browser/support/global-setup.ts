// Serves the production build once for all browser tests, on a free local port.
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { type BrowserServer, chromium } from "playwright-core";
import { type PreviewServer, preview } from "vite";
import type { TestProject } from "vitest/node";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./chromium";

let server: PreviewServer | undefined;
let browsers: BrowserServer[] = [];
// One Chromium per test worker, kept for the whole run: a file that starts its own pays the launch and,
// above all, a cold GPU process (SwiftShader compiles the map's shaders again): its first map idle took
// 10.2 s against 6.0 s in a browser that had drawn the map before. Files stay isolated by their own
// browser contexts (storage, cache, routes), which closing the connection discards.

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
  browsers = await Promise.all(
    Array.from({ length: Math.max(1, project.config.maxWorkers) }, () =>
      chromium.launchServer({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS }),
    ),
  );
  project.provide(
    "browserEndpoints",
    browsers.map((browser) => browser.wsEndpoint()),
  );
}

export async function teardown(): Promise<void> {
  await Promise.all(browsers.map((browser) => browser.close()));
  await server?.close();
}

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    // WebSocket addresses of the shared browsers, one per test worker.
    browserEndpoints: string[];
  }
}
