// Full screen when the browser allows it. It may refuse (no user gesture, a kiosk policy, a headless
// test browser, an iframe without allowfullscreen): presentation mode then simply fills the window.
export function requestFullscreen(): void {
  const root = document.documentElement;
  if (document.fullscreenElement || typeof root.requestFullscreen !== "function") return;
  root.requestFullscreen({ navigationUI: "hide" }).catch(() => undefined);
}

export function exitFullscreen(): void {
  if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
}
