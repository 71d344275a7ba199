// A one-way gate for start-up ordering: `done` resolves at the first release, or after a fallback delay
// when nothing releases it (a tab that never paints, a map that cannot start), so waiting work is never
// held back for ever. The fallback timer is cancelled on release.

/** Starts a timer; returns a function that cancels it. */
export type SetTimer = (callback: () => void, milliseconds: number) => () => void;

export interface Latch {
  done: Promise<void>;
  release: () => void;
}

export const browserTimer: SetTimer = (callback, milliseconds) => {
  const timer = setTimeout(callback, milliseconds);
  return () => clearTimeout(timer);
};

export function createLatch(fallbackMilliseconds: number, setTimer: SetTimer = browserTimer): Latch {
  let resolve = () => undefined as unknown;
  const done = new Promise<void>((settle) => {
    resolve = settle;
  });
  let open = false;
  let cancelFallback: () => void = () => undefined;
  const release = () => {
    if (open) return;
    open = true;
    cancelFallback();
    resolve();
  };
  cancelFallback = setTimer(release, fallbackMilliseconds);
  return { done, release };
}
