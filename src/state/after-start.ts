// Work no first view needs — the presenter's tour and PNG composer, the planner's panel — waits until the
// map has drawn for the first time, so its downloads, parsing and style changes do not compete with
// MapLibre's start-up (on a slow device the page and the map share the same cores and GPU). A map that
// never gets there (no WebGL, an error) must not hold that work back for ever: a fallback lets it go.

export interface StartGate {
  done: Promise<void>;
  /** The map drew for the first time, or it cannot start at all. */
  release: () => void;
}

const FALLBACK_MILLISECONDS = 15_000;

export function createStartGate(
  setTimer: (callback: () => void, milliseconds: number) => void = (callback, milliseconds) =>
    void setTimeout(callback, milliseconds),
  fallbackMilliseconds = FALLBACK_MILLISECONDS,
): StartGate {
  let release = () => undefined as unknown;
  const done = new Promise<void>((resolve) => {
    release = resolve;
  });
  setTimer(() => release(), fallbackMilliseconds);
  return { done, release: () => void release() };
}

/** The page's one gate: App releases it at the map's first idle or when the map cannot start. */
export const afterStart = createStartGate();
