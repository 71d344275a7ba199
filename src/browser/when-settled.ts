// Work worth doing before anyone asks for it — the planner's panel and its first table — runs once the
// map has drawn (after-start.ts), a short pause has passed and the browser reports an idle moment, so it
// never competes with the map's start or with the reader's first clicks. Resolves once; later callers
// get the same promise.
import { afterStart } from "./after-start";

// After the first idle the service worker precaches the build and the map settles its labels; 2 s
// clears both on the 2-core test machine.
const PAUSE_MILLISECONDS = 2_000;
// requestIdleCallback may wait for ever on a page that is always busy; past 3 s it runs anyway.
const IDLE_TIMEOUT_MILLISECONDS = 3_000;

let settled: Promise<void> | null = null;

export function whenSettled(): Promise<void> {
  settled ??= afterStart.done
    .then(() => new Promise<void>((resolve) => setTimeout(resolve, PAUSE_MILLISECONDS)))
    .then(
      () =>
        new Promise<void>((resolve) => {
          if (typeof requestIdleCallback === "function") {
            requestIdleCallback(() => resolve(), { timeout: IDLE_TIMEOUT_MILLISECONDS });
          } else setTimeout(resolve, 0);
        }),
    );
  return settled;
}
