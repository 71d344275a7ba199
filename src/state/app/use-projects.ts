// Derived project data: indexed once per load, filtered on every change by the same predicate the map
// expression mirrors, so the list, the counts and the map agree.

import type { FeatureCollection } from "geojson";
import { useMemo } from "react";
import type { ProjectFeature } from "../../data/project-schema";
import { type FacetCounts, facetCounts } from "../../filters/facet-counts";
import { type IndexedFeature, indexFeature } from "../../filters/indexed-properties";
import { filterPredicate } from "../../filters/matches-filters";
import type { ProjectFilters } from "../../filters/project-filters";
import { boundsOf } from "../../geo/coordinates";

export interface DerivedProjects {
  all: IndexedFeature[];
  visible: IndexedFeature[];
  // The ids of the projects the filters leave out: the map hides them (map/hidden-projects.ts).
  hiddenIds: ReadonlySet<string>;
  counts: FacetCounts;
  collection: FeatureCollection;
  byId: Map<string, IndexedFeature>;
}

const collator = new Intl.Collator("zh-CN");

export function useProjects(
  features: readonly ProjectFeature[] | undefined,
  filters: ProjectFilters,
): DerivedProjects {
  const all = useMemo(
    () =>
      (features ?? [])
        .map(indexFeature)
        .sort((a, b) => collator.compare(a.properties.name_zh, b.properties.name_zh)),
    [features],
  );
  const collection = useMemo<FeatureCollection>(() => ({ type: "FeatureCollection", features: all }), [all]);
  const byId = useMemo(() => new Map(all.map((feature) => [feature.properties.id, feature])), [all]);
  const visible = useMemo(() => {
    const shows = filterPredicate(filters);
    return all.filter((feature) => shows(feature.properties));
  }, [all, filters]);
  const hiddenIds = useMemo(() => {
    const shown = new Set(visible);
    return new Set(all.filter((feature) => !shown.has(feature)).map((feature) => feature.properties.id));
  }, [all, visible]);
  const counts = useMemo(() => facetCounts(all, filters), [all, filters]);
  return { all, visible, hiddenIds, counts, collection, byId };
}

export { boundsOf };
