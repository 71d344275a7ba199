// One load shared by every caller; a failed load is forgotten, so the next call retries (offline, or
// a new release replaced the chunk: the next focus of the search box may succeed).
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => {
    pending ??= load().catch((error: unknown) => {
      pending = undefined;
      throw error;
    });
    return pending;
  };
}
