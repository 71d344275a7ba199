// Resolves once the browser has shown the page's first content (the "first-contentful-paint" entry), so
// the map code (MapLibre, ≈ 1 MB) runs only after the shell is on screen. A page that never paints
// (a background tab) or a browser without paint timing moves on after a fallback delay.
// The entry is in the performance timeline as soon as the browser knows when the paint was shown; an
// observer hears of it in a low-priority task, 0.2–0.4 s later on this machine while the page starts, so
// the page also looks for it at each animation frame.
import { browserTimer, createLatch, type SetTimer } from "./latch";

export interface PaintEnvironment {
  observePaint: ((onPaint: () => void) => () => void) | null; // null: no paint timing
  setTimer: SetTimer;
}

const FALLBACK_MILLISECONDS = 3000;

export function whenFirstPainted(
  environment: PaintEnvironment = browserEnvironment(),
  fallbackMilliseconds = FALLBACK_MILLISECONDS,
): Promise<void> {
  const latch = createLatch(fallbackMilliseconds, environment.setTimer);
  const stopObserving = environment.observePaint?.(latch.release);
  if (stopObserving) void latch.done.then(stopObserving);
  return latch.done;
}

function browserEnvironment(): PaintEnvironment {
  const supported =
    typeof PerformanceObserver !== "undefined" &&
    PerformanceObserver.supportedEntryTypes?.includes("paint") === true;
  return {
    observePaint: supported
      ? (onPaint) => {
          const observer = new PerformanceObserver((list) => {
            if (list.getEntriesByName("first-contentful-paint").length > 0) onPaint();
          });
          // buffered: a paint that happened before this call still counts.
          observer.observe({ type: "paint", buffered: true });
          let frame = 0;
          const look = () => {
            if (performance.getEntriesByName("first-contentful-paint").length > 0) onPaint();
            else frame = requestAnimationFrame(look);
          };
          look();
          return () => {
            observer.disconnect();
            cancelAnimationFrame(frame);
          };
        }
      : null,
    setTimer: browserTimer,
  };
}
