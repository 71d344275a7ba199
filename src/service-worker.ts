// The service worker that lets a presenter use the map with no network once the app has been opened:
// it precaches every file of the build (app, data, fonts, tour). The build prepends PRECACHE_VERSION and
// PRECACHE_FILES (scripts/vite-plugin-precache.ts); a new release has a new version, so the browser
// installs the new worker, which fills a new cache and deletes the old ones on activation.
declare const PRECACHE_VERSION: string;
declare const PRECACHE_FILES: string[];

const worker = self as unknown as ServiceWorkerGlobalScope;
const CACHE_PREFIX = "jiaxing-major-projects-";
const CACHE_NAME = `${CACHE_PREFIX}${PRECACHE_VERSION}`;
const APP_SHELL = new URL("./", worker.location.href).href; // index.html, at the worker's own path
const NAVIGATION_TIMEOUT_MILLISECONDS = 4000; // then the cached page: a meeting room's "lie-fi" must not hang

worker.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE_NAME)
      // cache: "reload" skips the HTTP cache, so a stale index.html cannot pair with new assets.
      .then((cache) => cache.addAll(PRECACHE_FILES.map((file) => new Request(file, { cache: "reload" }))))
      .then(() => worker.skipWaiting()),
  );
});

worker.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names
            .filter((name) => name.startsWith(CACHE_PREFIX) && name !== CACHE_NAME)
            .map((name) => caches.delete(name)),
        ),
      )
      .then(() => worker.clients.claim()),
  );
});

worker.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== worker.location.origin) return;
  // A PMTiles basemap is read in byte ranges: the browser and the server answer those, never a cached
  // whole file (which would read as a server without byte ranges).
  if (request.headers.has("range")) return;
  if (request.mode === "navigate") {
    event.respondWith(networkFirst(request));
    return;
  }
  // Hashed files never change under one name: the cache answers, the network only fills gaps. ignoreVary:
  // servers often send "Vary: Origin", and the page's crossorigin scripts carry an Origin header that
  // the precache requests did not, which would otherwise make every cached script a miss.
  event.respondWith(
    caches.match(request, { cacheName: CACHE_NAME, ignoreVary: true }).then((hit) => hit ?? fetch(request)),
  );
});

// Pages: the network when it answers (a new release shows at once), else the cached app shell, which
// reads its parameters (present, slide…) from the address as usual.
async function networkFirst(request: Request): Promise<Response> {
  try {
    return await Promise.race([
      fetch(request),
      new Promise<never>((_, reject) =>
        setTimeout(() => reject(new Error("timeout")), NAVIGATION_TIMEOUT_MILLISECONDS),
      ),
    ]);
  } catch {
    const cached = await caches.match(APP_SHELL, { cacheName: CACHE_NAME, ignoreVary: true });
    return cached ?? Response.error();
  }
}

export {};
