// Which property of a user's features holds their names: the first of the usual headers found, in
// either language and any letter case. Import uses it to name features in messages; the analysis uses
// it for the name column of its tables.

const NAME_KEYS = ["name", "名称", "名字", "title", "标题"];

export function nameColumn(keys: Iterable<string>): string | null {
  const byLowerCase = new Map<string, string>();
  for (const key of keys) {
    const lower = key.trim().toLowerCase();
    if (!byLowerCase.has(lower)) byLowerCase.set(lower, key);
  }
  for (const wanted of NAME_KEYS) {
    const found = byLowerCase.get(wanted);
    if (found !== undefined) return found;
  }
  return null;
}

// The name column of a set of features: the first key any of them has (features may differ in keys).
export function nameColumnOfFeatures(
  features: readonly { properties: Record<string, unknown> | null }[],
): string | null {
  const keys = new Set<string>();
  for (const feature of features) for (const key of Object.keys(feature.properties ?? {})) keys.add(key);
  return nameColumn(keys);
}
