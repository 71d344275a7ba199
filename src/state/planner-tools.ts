// Measuring and selecting: which tool is sketching, what the last sketch measured, and which projects
// lie in the chosen area (a drawn polygon or a county). Results are derived from the kept outline, so
// a selection follows the filters and a measurement follows nothing but its own corners.
import type { Feature, FeatureCollection, Position } from "geojson";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { type AnalysisResult, type Rejection, rejected } from "../analysis/analysis-result";
import type { SelectedProject } from "../analysis/select-by-area";
import type { CountyCollection } from "../data/basemap-schema";
import type { ProjectFeature } from "../data/project-schema";
import type { DrawEvent, DrawMode } from "../map/draw-controller";
import type { DrawHandle } from "../map/map-view";

type MeasureModule = typeof import("../analysis/planner-measure");

export type PlannerTool = "distance" | "area" | "select";

// The area a selection reads: a county by code, or the corners of a drawn polygon (ring left open).
export type SelectionArea = { adcode: string } | { corners: Position[] };

export type ToolResult =
  | { kind: "distance"; corners: Position[]; value: AnalysisResult<number> }
  | { kind: "area"; corners: Position[]; value: AnalysisResult<number> }
  | { kind: "select"; area: SelectionArea; value: AnalysisResult<SelectedProject[]> };

const path = (corners: Position[]) => ({ type: "LineString" as const, coordinates: corners });
const ring = (corners: Position[]) => ({
  type: "Polygon" as const,
  coordinates: [corners.length > 0 ? [...corners, corners[0] as Position] : []],
});

export function usePlannerTools(visible: readonly ProjectFeature[], counties: CountyCollection | undefined) {
  const [tool, setTool] = useState<PlannerTool | null>(null);
  const [cornerCount, setCornerCount] = useState(0);
  const [measured, setMeasured] = useState<{ kind: "distance" | "area"; corners: Position[] } | null>(null);
  const [area, setArea] = useState<SelectionArea | null>(null);
  const drawing = useRef<DrawHandle | null>(null);

  const start = useCallback((next: PlannerTool) => {
    setCornerCount(0);
    setTool(next);
  }, []);
  const cancel = useCallback(() => setTool(null), []);
  const finish = useCallback(() => drawing.current?.finish(), []);
  const clear = useCallback(() => {
    setTool(null);
    setMeasured(null);
    setArea(null);
  }, []);
  const selectCounty = useCallback((adcode: string) => {
    setTool(null);
    setMeasured(null);
    setArea(adcode ? { adcode } : null);
  }, []);

  const onDraw = useCallback(
    (event: DrawEvent) => {
      if (event.phase === "change") return setCornerCount(event.coordinates.length);
      const finished = tool;
      setTool(null);
      if (event.phase === "cancel" || !finished) return;
      if (finished === "select") {
        setMeasured(null);
        setArea({ corners: event.coordinates });
      } else {
        setArea(null);
        setMeasured({ kind: finished, corners: event.coordinates });
      }
    },
    [tool],
  );

  const countyFeature = useCallback(
    (adcode: string): Feature | undefined =>
      counties?.features.find((county) => county.properties.adcode === adcode),
    [counties],
  );
  const [measure, setMeasure] = useState<MeasureModule | null>(null);
  // A measuring chunk that fails to load (offline, a new deployment) refuses this sketch with a reason;
  // the next sketch tries the import again.
  const [measureFailure, setMeasureFailure] = useState<Rejection | null>(null);
  useEffect(() => {
    if (!(measured || area) || measure) return;
    setMeasureFailure(null);
    import("../analysis/planner-measure").then(setMeasure, (error: unknown) => {
      const detail = error instanceof Error ? error.message : String(error);
      setMeasureFailure(
        rejected(
          "worker-failed",
          `The measuring code could not be loaded (${detail}); draw again to retry.`,
          `量测程序未能加载（${detail}）；请重新绘制以重试。`,
        ),
      );
    });
  }, [measured, area, measure]);
  const result = useMemo((): ToolResult | null => {
    if (!measure) {
      if (!measureFailure) return null;
      if (measured) return { kind: measured.kind, corners: measured.corners, value: measureFailure };
      return area ? { kind: "select", area, value: measureFailure } : null;
    }
    const { measureArea, measureDistance, selectByArea } = measure;
    if (measured?.kind === "distance") {
      return { kind: "distance", corners: measured.corners, value: measureDistance(path(measured.corners)) };
    }
    if (measured?.kind === "area") {
      return { kind: "area", corners: measured.corners, value: measureArea(ring(measured.corners)) };
    }
    if (!area) return null;
    const shape = "adcode" in area ? countyFeature(area.adcode) : ring(area.corners);
    return { kind: "select", area, value: selectByArea(shape, visible) };
  }, [measured, area, visible, countyFeature, measure, measureFailure]);

  // The finished outline stays on the map while its result is shown.
  const outline = useMemo((): FeatureCollection => {
    const shape =
      measured?.kind === "distance"
        ? path(measured.corners)
        : measured
          ? ring(measured.corners)
          : area && "corners" in area
            ? ring(area.corners)
            : (area && countyFeature(area.adcode)?.geometry) || null;
    return {
      type: "FeatureCollection",
      features: shape ? [{ type: "Feature", properties: {}, geometry: shape }] : [],
    };
  }, [measured, area, countyFeature]);

  const drawMode: DrawMode | null = tool === "distance" ? "path" : tool ? "polygon" : null;
  return {
    tool,
    cornerCount,
    result,
    outline,
    drawMode,
    drawing,
    start,
    cancel,
    finish,
    clear,
    selectCounty,
    onDraw,
  };
}

export type PlannerTools = ReturnType<typeof usePlannerTools>;
