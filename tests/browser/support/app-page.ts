// Opens the app in Debian's Chromium with every request outside the app's own origin blocked and
// recorded, and every console error and page error collected, so each test can assert on both.
import { type Browser, chromium, type Download, type Page } from "playwright-core";
import { afterAll, beforeAll, inject } from "vitest";

import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./chromium";

export { CHROMIUM_ARGS, CHROMIUM_PATH };

export interface AppPage {
  page: Page;
  baseUrl: string;
  consoleErrors: string[];
  outsideRequests: string[];
  close: () => Promise<void>;
}

export interface OpenOptions {
  width?: number;
  height?: number;
  webGl?: boolean;
  // false: the map's code is held back (never answered), so the page does no WebGL work at all: for a
  // test that reads only the sidebar, the details or the notices (about a second a load, not several).
  map?: boolean;
  // Device pixels per CSS pixel (default HALF_RESOLUTION): layout, hit tests and touch sizes are in CSS
  // pixels whatever it is; a test that judges drawn pixels at a screen's own density sets it.
  deviceScaleFactor?: number;
  reducedMotion?: boolean;
  waitForIdle?: boolean;
  // Another server than the one global-setup.ts starts (e.g. a build with other data or headers).
  baseUrl?: string;
  // Runs before the first navigation, e.g. to add routes or listeners.
  beforeNavigate?: (page: Page) => Promise<unknown>;
  // Origins besides the app's own that the page may reach: local test servers only.
  allowOrigins?: string[];
  // "block" keeps the app's service worker from installing, so routes set later on the page see every
  // request (Playwright's routes do not see what a service worker answers from its cache).
  serviceWorkers?: "allow" | "block";
}

// The map is drawn at half resolution in the tests: SwiftShader's cost of a frame is mostly per device
// pixel (20 repaints of the city at 1280×800: 5.2 s of GPU-process CPU at 1, 2.5 s at 0.5), and the GPU
// process spent half of the suite's CPU. Layout is in CSS pixels, so no position or size a test reads
// changes; a frame shows the same map in coarser pixels.
export const HALF_RESOLUTION = 0.5;

/** The map's own code file (MapLibre and the app's map wrapper), as the build names it. */
export const MAP_CODE = /\/assets\/map-view-[\w-]+\.js$/;

let browser: Browser | undefined;
let browserWithoutWebGl: Browser | undefined;

async function launch(webGl: boolean): Promise<Browser> {
  // The shared browser of this worker (global-setup.ts), already warm; one without WebGL is rare enough
  // to start here.
  const endpoints = inject("browserEndpoints");
  const worker = Number(process.env.VITEST_POOL_ID ?? 1) - 1;
  const endpoint = endpoints[worker % endpoints.length];
  if (webGl && endpoint) return chromium.connect(endpoint);
  const args = webGl ? CHROMIUM_ARGS : [...CHROMIUM_ARGS, "--disable-webgl", "--disable-3d-apis"];
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args });
}

export async function openApp(path = "/", options: OpenOptions = {}): Promise<AppPage> {
  const webGl = options.webGl ?? true;
  if (webGl) browser ??= await launch(true);
  else browserWithoutWebGl ??= await launch(false);
  const owner = (webGl ? browser : browserWithoutWebGl) as Browser;
  const baseUrl = options.baseUrl ?? inject("baseUrl");
  const context = await owner.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
    deviceScaleFactor: options.deviceScaleFactor ?? HALF_RESOLUTION,
    reducedMotion: options.reducedMotion === false ? "no-preference" : "reduce",
    locale: "zh-CN",
    // Blocked unless a test is about offline use: once registered after the first idle, it precaches the
    // whole build (≈ 5 MB, 190 files) in the background of every page, CPU the other journeys then share.
    serviceWorkers: options.serviceWorkers ?? "block",
  });
  const consoleErrors: string[] = [];
  const outsideRequests: string[] = [];
  const origin = new URL(baseUrl).origin;
  await context.route("**/*", (route) => {
    const url = route.request().url();
    const allowed = [origin, ...(options.allowOrigins ?? [])].some((prefix) => url.startsWith(prefix));
    if (allowed || url.startsWith("data:") || url.startsWith("blob:")) return route.continue();
    outsideRequests.push(url);
    return route.abort("blockedbyclient");
  });
  if (options.map === false) await context.route(MAP_CODE, () => undefined);
  const page = await context.newPage();
  page.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => consoleErrors.push(`page error: ${error.message}`));
  await options.beforeNavigate?.(page);
  await page.goto(`${baseUrl}${path}`);
  if (options.waitForIdle ?? true) await waitForMapIdle(page);
  return { page, baseUrl, consoleErrors, outsideRequests, close: () => context.close() };
}

/**
 * One page for a whole `describe`: opened in its beforeAll, closed in its afterAll, so the block's steps
 * run one after another on the page a person would be looking at, without a page load each. Call the
 * returned function inside a test to get the page. A step that needs a fresh start navigates the same
 * page (`visit`), which is faster than a new context because the browser's cache is warm.
 */
export function sharedApp(path = "/", options: OpenOptions = {}): () => AppPage {
  let app: AppPage | undefined;
  beforeAll(async () => {
    app = await openApp(path, options);
  });
  afterAll(async () => {
    await app?.close();
  });
  return () => {
    if (!app) throw new Error("sharedApp: the page did not open (see the beforeAll error)");
    return app;
  };
}

/** Opens another address of the app in the same page and waits for the map, as a fresh visit would. */
export async function visit(app: AppPage, path: string, waitForIdle = true): Promise<void> {
  await app.page.goto(`${app.baseUrl}${path}`);
  if (waitForIdle) await waitForMapIdle(app.page);
}

export async function waitForMapIdle(page: Page, timeout = 90_000): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName("map:idle").length > 0, undefined, {
    timeout,
  });
}

// Waits until the map has drawn the latest change (filter, camera, language): the map container's
// data-idle turns false when a change is applied and true at MapLibre's next idle event.
export async function waitForRender(page: Page, timeout = 60_000): Promise<void> {
  await page.locator(".map-canvas[data-idle='true']").waitFor({ timeout });
}

export interface ImageVariety {
  distinctColours: number;
  nonBackgroundShare: number;
}

// Share of an image's pixels that differ from its most common colour, and the number of distinct colours:
// a blank or single-colour image scores near zero on both. Takes a PNG data URL.
export async function imageVariety(page: Page, dataUrl: string): Promise<ImageVariety> {
  return page.evaluate(async (source) => {
    const image = new Image();
    image.src = source;
    await image.decode();
    const scratch = document.createElement("canvas");
    scratch.width = image.width;
    scratch.height = image.height;
    const context = scratch.getContext("2d") as CanvasRenderingContext2D;
    context.drawImage(image, 0, 0);
    const { data } = context.getImageData(0, 0, scratch.width, scratch.height);
    const counts = new Map<number, number>();
    for (let index = 0; index < data.length; index += 16) {
      const key = ((data[index] ?? 0) << 16) | ((data[index + 1] ?? 0) << 8) | (data[index + 2] ?? 0);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const total = data.length / 16;
    const most = Math.max(...counts.values());
    return { distinctColours: counts.size, nonBackgroundShare: 1 - most / total };
  }, dataUrl);
}

// The same measure for what the map canvas shows now.
export async function canvasVariety(page: Page): Promise<ImageVariety> {
  const dataUrl = await page.evaluate(
    () =>
      (document.querySelector("canvas.maplibregl-canvas") as HTMLCanvasElement | null)?.toDataURL(
        "image/png",
      ) ?? "",
  );
  return dataUrl ? imageVariety(page, dataUrl) : { distinctColours: 0, nonBackgroundShare: 0 };
}

export async function closeBrowsers(): Promise<void> {
  await browser?.close();
  await browserWithoutWebGl?.close();
  browser = undefined;
  browserWithoutWebGl = undefined;
}

/** The bytes of a file the page downloaded (the shared browser runs apart from the test: no local path). */
export async function downloadedBytes(download: Download): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
