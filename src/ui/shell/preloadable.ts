// A part's loader that can run before the part is shown (at an idle moment after start-up) and that
// remembers what it loaded, so the part then renders at once: React.lazy always suspends on its first
// render, even for a module already in memory, and React 19 holds a revealed fallback for at least
// 300 ms — on the planner tab that was half of the time to its first table.
export interface Preloadable<T> {
  (): Promise<T>;
  loaded?: T;
}

export function preloadable<T>(load: () => Promise<T>): Preloadable<T> {
  let pending: Promise<T> | null = null;
  const run: Preloadable<T> = () => {
    pending ??= load().then(
      (value) => {
        run.loaded = value;
        return value;
      },
      (error: unknown) => {
        pending = null; // a failed download is tried again by the next call (Retry)
        throw error;
      },
    );
    return pending;
  };
  return run;
}
