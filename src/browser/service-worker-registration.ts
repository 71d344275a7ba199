// Registers the service worker that keeps the app, its data and the tour usable without a network once
// the app has been opened (see scripts/vite-plugin-precache.ts). Production builds only: in development
// a cache would serve stale modules.
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !("serviceWorker" in navigator)) return;
  const base = import.meta.env.BASE_URL;
  const register = () =>
    navigator.serviceWorker.register(`${base}service-worker.js`, { scope: base }).catch((error: unknown) => {
      // Not fatal: the app works online without it. A warning, so a presenter checking offline use sees why.
      console.warn("offline use is not available:", error);
    });
  // After the map's first idle, so precaching (about 5 MB, every font subset) does not compete with the
  // first view; after 30 s at most, so a browser without WebGL (no map, no idle) still gets offline use.
  const started = performance.now();
  const registerWhenIdle = () => {
    const idle = performance.getEntriesByName("map:idle").length > 0;
    if (idle || performance.now() - started > WAIT_FOR_IDLE_MILLISECONDS) register();
    else window.setTimeout(registerWhenIdle, 500);
  };
  registerWhenIdle();
}

const WAIT_FOR_IDLE_MILLISECONDS = 30_000;
