// One of the planner's own layers checked against the plan in a planner worker (the same worker code
// as the coverage table, its own instance so the two never wait on each other): points within N km of
// rail, highway and waterway projects per county, line km and polygon km² per county, overlap with the
// platform zones. Latest request only, as for the table.
import type { FeatureCollection } from "geojson";
import { useEffect, useMemo, useState } from "react";
import type { AnalysisResult } from "../../analysis/analysis-result";
import type { UserLayerCoverage } from "../../analysis/user-layer-coverage";
import type { CountyCollection } from "../../data/basemap-schema";
import type { ProjectFeature } from "../../data/project-schema";
import type { StoredUserLayer } from "../../import/user-layer-store";
import { createPlannerWorker, PlannerWorkerClient } from "../planner/planner-worker-client";

export interface UserLayerCoverageInput {
  layer: StoredUserLayer | undefined;
  projects: readonly ProjectFeature[] | undefined;
  counties: FeatureCollection | undefined;
  visible: readonly { properties: { id: string } }[];
  distance: AnalysisResult<number>;
}

export function useUserLayerCoverage(input: UserLayerCoverageInput) {
  const { layer, projects, counties, visible, distance } = input;
  const [client, setClient] = useState<PlannerWorkerClient | null>(null);
  const [coverage, setCoverage] = useState<{
    layerId: string;
    result: AnalysisResult<UserLayerCoverage>;
  } | null>(null);
  const [computing, setComputing] = useState(false);
  const hasLayer = layer !== undefined;

  useEffect(() => {
    if (!hasLayer || !projects || !counties) return;
    const created = new PlannerWorkerClient(createPlannerWorker());
    created.init({ kind: "init", projects, counties: counties as CountyCollection });
    setClient(created);
    return () => {
      created.terminate();
      setClient(null);
    };
  }, [hasLayer, projects, counties]);

  // A stable key: a new array with the same projects must not start a new computation.
  const idsKey = useMemo(() => visible.map((feature) => feature.properties.id).join(","), [visible]);
  const distanceValue = distance.ok ? distance.value : null;
  // The layer's id and features, not the layer object: switching it on or off changes no figure.
  const layerId = layer?.id;
  const features = layer?.features;
  useEffect(() => {
    if (!client || !layerId || !features || distanceValue === null) return;
    let current = true;
    setComputing(true);
    void client
      .run({
        kind: "user-layer",
        projectIds: idsKey ? idsKey.split(",") : [],
        features: features.features,
        distance: distanceValue,
      })
      .then((response) => {
        if (!current || !response) return;
        setCoverage({ layerId, result: response.result as AnalysisResult<UserLayerCoverage> });
        setComputing(false);
      });
    return () => {
      current = false;
    };
  }, [client, layerId, features, idsKey, distanceValue]);

  // A result for another layer is never shown under this one's name.
  const shown = coverage && layer && coverage.layerId === layer.id ? coverage.result : null;
  return { coverage: shown, computing };
}
