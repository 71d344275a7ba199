// True once a preloadable loader has finished, with its part or with an error. A part mounted only then
// renders at once instead of suspending: React reveals a suspended part no sooner than 300 ms after the
// last fallback shown anywhere on the page (its "retry" throttle), and at start-up the page shows several
// (the map, the presenter's engine, the view switch, the basemap switch). Waiting in plain state costs
// nothing of the kind. A failure also counts as finished: the part then mounts and shows its Retry.
import { useEffect, useState } from "react";
import type { Preloadable } from "./preloadable";

export function useLoaderSettled(load: Preloadable<unknown>): boolean {
  const [settled, setSettled] = useState(() => load.loaded !== undefined);
  // Started as the part first renders rather than in the effect below: effects wait for the browser's
  // next frame, 0.3–0.6 s after the first render while the page starts in software rendering here. The
  // effect waits for this same attempt: asking the loader again after a failure would download again.
  const [attempt] = useState(() => {
    const loading = load();
    loading.catch(() => undefined);
    return loading;
  });
  useEffect(() => {
    if (settled) return;
    let current = true;
    const done = () => {
      if (current) setSettled(true);
    };
    attempt.then(done, done);
    return () => {
      current = false;
    };
  }, [attempt, settled]);
  return settled;
}
