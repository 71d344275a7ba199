// Registers the service worker that keeps the app, its data and the tour usable without a network once
// the app has been opened (see scripts/vite-plugin-precache.ts). Production builds only: in development
// a cache would serve stale modules.
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !("serviceWorker" in navigator)) return;
  const base = import.meta.env.BASE_URL;
  // After load, so precaching (about 5 MB) does not compete with the first paint of the map.
  const register = () =>
    navigator.serviceWorker.register(`${base}service-worker.js`, { scope: base }).catch((error: unknown) => {
      // Not fatal: the app works online without it. A warning, so a presenter checking offline use sees why.
      console.warn("offline use is not available:", error);
    });
  // After load, so precaching (about 5 MB) does not compete with the first paint of the map.
  if (document.readyState === "complete") register();
  else window.addEventListener("load", register, { once: true });
}
