// Full screen when the browser allows it. It may refuse (no user gesture, a kiosk policy, a headless
// test browser, an iframe without allowfullscreen): presentation mode then simply fills the window.

// The exit the page asked for, until the browser has finished it. Leaving and entering again at once
// (Escape, then P) must wait for it: asked while the old full screen is still up, the request would be
// dropped, and the old exit would then end the new presentation's full screen.
let exiting: Promise<void> | null = null;

export function requestFullscreen(): void {
  const root = document.documentElement;
  if (typeof root.requestFullscreen !== "function") return;
  const request = () => {
    if (document.fullscreenElement) return;
    root.requestFullscreen({ navigationUI: "hide" }).catch(() => undefined);
  };
  if (exiting) void exiting.then(request);
  else request();
}

export function exitFullscreen(): void {
  if (!document.fullscreenElement || exiting) return;
  const done = document
    .exitFullscreen()
    .catch(() => undefined)
    .finally(() => {
      if (exiting === done) exiting = null;
    });
  exiting = done;
}
