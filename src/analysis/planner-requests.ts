// The planner's heavy analyses as messages, so they can run in a Web Worker (planner.worker.ts) and
// leave the page responsive: on the shipped data a first coverage table takes about 2 s (turf's
// polygon clipping warming up) and later ones about 180 ms, far past a 50 ms frame budget; the
// catchments of 10 000 synthetic features take about 0.8 s.
// The projects and counties arrive once; each request names the visible projects by id, so the worker
// reads the same feature objects every time and the per-feature memo (memo-by-feature.ts) keeps hitting.
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from "geojson";
import type { CountyCollection } from "../data/basemap-schema";
import type { LayerName, ProjectFeature } from "../data/project-schema";
import { type AnalysisResult, accepted } from "./analysis-result";
import { type CatchmentProperties, catchmentPolygons } from "./catchment-polygons";
import { clipToCity } from "./clip-to-city";
import { type CoverageTable, coverageTable } from "./coverage-table";
import { type UserLayerCoverage, userLayerCoverage } from "./user-layer-coverage";

export type CatchmentCollection = FeatureCollection<Polygon | MultiPolygon, CatchmentProperties>;

export type PlannerRequest =
  | { kind: "init"; projects: readonly ProjectFeature[]; counties: CountyCollection }
  | { kind: "coverage"; id: number; projectIds: readonly string[]; distance: unknown }
  | {
      kind: "catchments";
      id: number;
      projectIds: readonly string[];
      layers: readonly LayerName[];
      distance: unknown;
    }
  // A planner's own layer checked against the visible projects (issue 17).
  | {
      kind: "user-layer";
      id: number;
      projectIds: readonly string[];
      features: readonly Feature[];
      distance: unknown;
    };

export type PlannerResult =
  | AnalysisResult<CoverageTable>
  | AnalysisResult<CatchmentCollection>
  | AnalysisResult<UserLayerCoverage>;

export interface PlannerResponse {
  id: number;
  result: PlannerResult;
  milliseconds: number; // time the analysis took inside the worker
}

export interface PlannerData {
  byId: Map<string, ProjectFeature>;
  counties: CountyCollection;
}

export function emptyPlannerData(): PlannerData {
  return { byId: new Map(), counties: { type: "FeatureCollection", features: [] } };
}

/** Runs one request against the data it keeps; null for the init message, which only stores data. */
export function handlePlannerRequest(data: PlannerData, request: PlannerRequest): PlannerResponse | null {
  if (request.kind === "init") {
    data.byId = new Map(request.projects.map((project) => [project.properties.id, project]));
    data.counties = request.counties;
    return null;
  }
  const start = performance.now();
  const projects = request.projectIds.flatMap((id) => data.byId.get(id) ?? []);
  const result =
    request.kind === "coverage"
      ? coverageTable(projects, data.counties, request.distance)
      : request.kind === "user-layer"
        ? userLayerCoverage(request.features, projects, data.counties, request.distance)
        : catchments(data, projects, request);
  return { id: request.id, result, milliseconds: performance.now() - start };
}

// The catchments as drawn: each layer's N-km contour, clipped to the city's land (clip-to-city.ts).
function catchments(
  data: PlannerData,
  projects: readonly ProjectFeature[],
  request: Extract<PlannerRequest, { kind: "catchments" }>,
): AnalysisResult<CatchmentCollection> {
  const result = catchmentPolygons(projects, request.layers, request.distance);
  return result.ok ? accepted(clipToCity(result.value, data.counties)) : result;
}
