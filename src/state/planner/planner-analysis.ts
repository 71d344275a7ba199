// The planner's worker-backed analyses: the coverage table and the catchment outlines for the visible
// projects at distance N. Both run in Web Workers (one each, so a slow table never holds up the map).
// The workers start at a settled moment after start-up (browser/when-settled.ts) and prepare the table
// and then the catchments of the view as it is then: a first table costs about 0.7 s of turf's polygon
// clipping warming up, later ones about 60 ms, so the tab opens on a table at once. They keep their warm
// caches after that; each answer is kept by latest-answer.ts.
import type { FeatureCollection } from "geojson";
import { useCallback, useEffect, useMemo, useState } from "react";
import type { AnalysisResult } from "../../analysis/analysis-result";
import type { CoverageTable } from "../../analysis/coverage-table";
import type { CatchmentCollection } from "../../analysis/planner-requests";
import type { CountyCollection } from "../../data/basemap-schema";
import type { LayerName, ProjectFeature } from "../../data/project-schema";
import { useSettled } from "../app/use-settled";
import { createPlannerWorker, PlannerWorkerClient } from "./planner-worker-client";
import { usePaintedValue } from "./use-painted-value";
import { useWorkerAnswer } from "./use-worker-answer";

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
  // Starts the workers again: after one whose file could not be fetched, every job is refused at once.
  retry: () => void;
}

function useWorker(
  enabled: boolean,
  features: readonly ProjectFeature[] | undefined,
  counties: CountyCollection | undefined,
  attempt: number,
) {
  const [client, setClient] = useState<PlannerWorkerClient | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: attempt is a Retry
  useEffect(() => {
    if (!enabled || !features || !counties) return;
    const created = new PlannerWorkerClient(createPlannerWorker());
    created.init({ kind: "init", projects: features, counties });
    setClient(created);
    return () => {
      created.terminate();
      setClient(null);
    };
  }, [enabled, features, counties, attempt]);
  return client;
}

function marked(name: string): boolean {
  return performance.getEntriesByName(name).length > 0;
}

export function usePlannerAnalysis(input: PlannerAnalysisInput): PlannerAnalysis {
  const { active, distance, visibleIds, catchmentLayers } = input;
  const settled = useSettled();
  const enabled = input.enabled || settled;
  const [attempt, setAttempt] = useState(0);
  const retry = useCallback(() => setAttempt((value) => value + 1), []);
  const tableWorker = useWorker(enabled, input.features, input.counties, attempt);
  const catchmentWorker = useWorker(enabled, input.features, input.counties, attempt);
  // Stable keys: a new array with the same ids must not start a new computation.
  const idsKey = visibleIds.join(",");
  const layersKey = catchmentLayers.join(",");
  const distanceValue = distance.ok ? distance.value : null;
  const projectIds = () => (idsKey ? idsKey.split(",") : []);
  const mode = active ? "wanted" : "prepare";

  const tableKey = distanceValue === null ? null : `${distanceValue}|${idsKey}`;
  const table = useWorkerAnswer(
    tableWorker,
    tableKey,
    () => ({ kind: "coverage", projectIds: projectIds(), distance: distanceValue }),
    mode,
  );
  // The table first: it is what the reader waits for in the panel, and on two cores a catchment
  // worked out beside it (and the map repainting with it) held the table back by 150–300 ms. The
  // catchments are asked for once the new table is on screen; until they arrive, those drawn stay.
  const tablePainted = usePaintedValue(table.key);
  const tableReady = tableKey !== null && tablePainted === tableKey;
  const catchmentKey = tableKey === null || !layersKey ? null : `${tableKey}|${layersKey}`;
  const catchments = useWorkerAnswer(
    catchmentWorker,
    catchmentKey,
    () => ({
      kind: "catchments",
      projectIds: projectIds(),
      layers: layersKey.split(",") as LayerName[],
      distance: distanceValue,
    }),
    tableReady ? mode : "off",
  );

  useEffect(() => {
    // For the browser test: the view's table is ready before the tab opens.
    if (!active && table.key !== null && !marked("planner:prepared")) {
      performance.mark("planner:prepared");
    }
    // For the benchmark: the background preparation (table, then catchments) is over, so a filter change
    // measured after it does not share the two cores with it (see docs/performance.md).
    const catchmentsDone = catchmentKey === null || catchments.key !== null;
    if (!active && table.key !== null && catchmentsDone && !marked("planner:background-done")) {
      performance.mark("planner:background-done");
    }
  }, [active, table.key, catchmentKey, catchments.key]);

  return useMemo(() => {
    const drawn = catchments.response?.result;
    return {
      coverage: distance.ok ? ((table.response?.result as AnalysisResult<CoverageTable>) ?? null) : distance,
      computing: distance.ok && table.busy,
      milliseconds: table.roundTrip,
      catchments: active && catchmentKey !== null && drawn?.ok ? (drawn.value as CatchmentCollection) : EMPTY,
      retry,
    };
  }, [distance, table, active, catchments, catchmentKey, retry]);
}
