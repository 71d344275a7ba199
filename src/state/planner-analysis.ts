// The planner's worker-backed analyses: the coverage table and the catchment outlines for the visible
// projects at distance N. Both run in Web Workers (one each, so a slow table never holds up the map);
// the workers start the first time the planner tab opens and keep their warm caches after that.
import type { FeatureCollection } from "geojson";
import { useEffect, useMemo, useState } from "react";
import type { AnalysisResult } from "../analysis/analysis-result";
import type { CoverageTable } from "../analysis/coverage-table";
import type { CatchmentCollection } from "../analysis/planner-requests";
import type { CountyCollection } from "../data/basemap-schema";
import type { LayerName, ProjectFeature } from "../data/project-schema";
import { createPlannerWorker, PlannerWorkerClient } from "./planner-worker-client";

const EMPTY: FeatureCollection = { type: "FeatureCollection", features: [] };

export interface PlannerAnalysisInput {
  enabled: boolean; // the planner tab has been opened at least once
  active: boolean; // the planner tab is open now
  features: readonly ProjectFeature[] | undefined;
  counties: CountyCollection | undefined;
  visibleIds: readonly string[];
  distance: AnalysisResult<number>;
  catchmentLayers: readonly LayerName[];
}

export interface PlannerAnalysis {
  coverage: AnalysisResult<CoverageTable> | null; // null until the first table arrives
  computing: boolean;
  milliseconds: number | null; // the last table's round trip, request to answer
  catchments: FeatureCollection;
}

function useWorker(enabled: boolean, features?: readonly ProjectFeature[], counties?: CountyCollection) {
  const [client, setClient] = useState<PlannerWorkerClient | null>(null);
  useEffect(() => {
    if (!enabled || !features || !counties) return;
    const created = new PlannerWorkerClient(createPlannerWorker());
    created.init({ kind: "init", projects: features, counties });
    setClient(created);
    return () => {
      created.terminate();
      setClient(null);
    };
  }, [enabled, features, counties]);
  return client;
}

export function usePlannerAnalysis(input: PlannerAnalysisInput): PlannerAnalysis {
  const { active, distance, visibleIds, catchmentLayers } = input;
  const tableWorker = useWorker(input.enabled, input.features, input.counties);
  const catchmentWorker = useWorker(input.enabled, input.features, input.counties);
  const [coverage, setCoverage] = useState<AnalysisResult<CoverageTable> | null>(null);
  const [computing, setComputing] = useState(false);
  const [milliseconds, setMilliseconds] = useState<number | null>(null);
  const [catchments, setCatchments] = useState<CatchmentCollection | null>(null);
  // Stable keys: a new array with the same ids must not start a new computation.
  const idsKey = visibleIds.join(",");
  const layersKey = catchmentLayers.join(",");
  const distanceValue = distance.ok ? distance.value : null;

  useEffect(() => {
    if (!tableWorker || !active) return;
    // A refused distance shows its message (see the return below), never an old table.
    if (distanceValue === null) {
      setComputing(false);
      return;
    }
    let current = true;
    setComputing(true);
    const start = performance.now();
    void tableWorker
      .run({ kind: "coverage", projectIds: idsKey ? idsKey.split(",") : [], distance: distanceValue })
      .then((response) => {
        if (!current || !response) return;
        setCoverage(response.result as AnalysisResult<CoverageTable>);
        setMilliseconds(performance.now() - start);
        setComputing(false);
      });
    return () => {
      current = false;
    };
  }, [tableWorker, active, idsKey, distanceValue]);

  useEffect(() => {
    if (!catchmentWorker || !active || distanceValue === null || !layersKey) {
      setCatchments(null);
      return;
    }
    let current = true;
    void catchmentWorker
      .run({
        kind: "catchments",
        projectIds: idsKey ? idsKey.split(",") : [],
        layers: layersKey.split(",") as LayerName[],
        distance: distanceValue,
      })
      .then((response) => {
        if (current && response?.result.ok) setCatchments(response.result.value as CatchmentCollection);
      });
    return () => {
      current = false;
    };
  }, [catchmentWorker, active, idsKey, layersKey, distanceValue]);

  return useMemo(
    () => ({
      coverage: distance.ok ? coverage : distance,
      computing: distance.ok && computing,
      milliseconds,
      catchments: active && catchments ? catchments : EMPTY,
    }),
    [distance, coverage, computing, milliseconds, active, catchments],
  );
}
