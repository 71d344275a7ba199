// Remembers a per-feature result for one county collection. The UI re-runs the coverage table on
// every filter change with the same feature objects, so each project's km and km² per county are
// worked out once per session instead of once per click. Weak keys: nothing outlives its data.
import type { Feature } from "geojson";

export function memoByFeature<T>(): (counties: object, feature: Feature, compute: () => T) => T {
  const byCounties = new WeakMap<object, WeakMap<Feature, T>>();
  return (counties, feature, compute) => {
    let byFeature = byCounties.get(counties);
    if (!byFeature) {
      byFeature = new WeakMap();
      byCounties.set(counties, byFeature);
    }
    if (byFeature.has(feature)) return byFeature.get(feature) as T;
    const value = compute();
    byFeature.set(feature, value);
    return value;
  };
}
