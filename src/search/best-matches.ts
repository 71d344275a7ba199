// The first `limit` items in `compare` order without sorting them all: a short query ("h") can match
// every one of 10 000 projects, and the combobox shows eight.

// Past this a full sort is as quick as keeping a sorted list by insertion.
const SMALL_LIMIT = 64;

export function bestMatches<T>(items: readonly T[], limit: number, compare: (a: T, b: T) => number): T[] {
  if (limit <= 0) return [];
  if (limit >= items.length || limit > SMALL_LIMIT) return [...items].sort(compare).slice(0, limit);
  const best: T[] = [];
  for (const item of items) {
    const last = best[best.length - 1];
    if (best.length === limit && last !== undefined && compare(item, last) >= 0) continue;
    // Insert after every item that is not worse, so equal items keep their order.
    let low = 0;
    let high = best.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (compare(item, best[middle] as T) < 0) high = middle;
      else low = middle + 1;
    }
    best.splice(low, 0, item);
    if (best.length > limit) best.pop();
  }
  return best;
}
