// Measuring and selecting: which tool is sketching, what the last sketch measured, and which projects
// lie in the chosen area (a drawn polygon, or the county selection kept in the store and the link).
// Results are derived from the kept outline, so a selection follows the filters and a measurement
// follows nothing but its own corners. The running figure is labelled at the last corner on the map.
import type { Feature, FeatureCollection, Position } from "geojson";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { type AnalysisResult, type Rejection, rejected } from "../../analysis/analysis-result";
import type { Selection } from "../../analysis/select-by-area";
import { failedFile } from "../../browser/failed-file";
import type { CountyCollection } from "../../data/basemap-schema";
import type { CountyCode, ProjectFeature } from "../../data/project-schema";
import type { Language } from "../../i18n/language";
import type { DrawEvent, DrawMode } from "../../map/draw-controller";
import type { DrawHandle } from "../../map/map-view";
import { useStableObject } from "../app/use-stable-object";
import { measureLabel } from "./planner-format";

type MeasureModule = typeof import("../../analysis/planner-measure");

export type PlannerTool = "distance" | "area" | "select";

// The area a selection reads: a county by code, or the corners of a drawn polygon (ring left open).
export type SelectionArea = { adcode: string } | { corners: Position[] };

export type ToolResult =
  | { kind: "distance"; corners: Position[]; value: AnalysisResult<number> }
  | { kind: "area"; corners: Position[]; value: AnalysisResult<number> }
  | { kind: "select"; area: SelectionArea; value: AnalysisResult<Selection> };

export interface PlannerToolsInput {
  language: Language;
  visible: readonly ProjectFeature[];
  counties: CountyCollection | undefined;
  selectedCounty: CountyCode | null; // from the store
  onSelectCounty: (adcode: CountyCode | null) => void; // to the store
}

const path = (corners: Position[]) => ({ type: "LineString" as const, coordinates: corners });
const ring = (corners: Position[]) => ({
  type: "Polygon" as const,
  coordinates: [corners.length > 0 ? [...corners, corners[0] as Position] : []],
});

export function usePlannerTools({
  language,
  visible,
  counties,
  selectedCounty,
  onSelectCounty,
}: PlannerToolsInput) {
  const [tool, setTool] = useState<PlannerTool | null>(null);
  const [sketch, setSketch] = useState<Position[]>([]);
  const [measured, setMeasured] = useState<{ kind: "distance" | "area"; corners: Position[] } | null>(null);
  const [drawn, setDrawn] = useState<Position[] | null>(null);
  const drawing = useRef<DrawHandle | null>(null);
  const area = useMemo(
    (): SelectionArea | null =>
      drawn ? { corners: drawn } : selectedCounty ? { adcode: selectedCounty } : null,
    [drawn, selectedCounty],
  );

  const start = useCallback((next: PlannerTool) => {
    setSketch([]);
    setTool(next);
  }, []);
  const cancel = useCallback(() => setTool(null), []);
  const finish = useCallback(() => drawing.current?.finish(), []);
  const clear = useCallback(() => {
    setTool(null);
    setMeasured(null);
    setDrawn(null);
    onSelectCounty(null);
  }, [onSelectCounty]);
  const selectCounty = useCallback(
    (adcode: string) => {
      setTool(null);
      setMeasured(null);
      setDrawn(null);
      onSelectCounty(adcode ? (adcode as CountyCode) : null);
    },
    [onSelectCounty],
  );

  const onDraw = useCallback(
    (event: DrawEvent) => {
      if (event.phase === "change") return setSketch(event.coordinates);
      const finished = tool;
      setTool(null);
      setSketch([]);
      if (event.phase === "cancel" || !finished) return;
      // One result at a time: a new sketch replaces the selection (and the county in the link).
      onSelectCounty(null);
      if (finished === "select") {
        setMeasured(null);
        setDrawn(event.coordinates);
      } else {
        setDrawn(null);
        setMeasured({ kind: finished, corners: event.coordinates });
      }
    },
    [tool, onSelectCounty],
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
  const [measureAttempt, setMeasureAttempt] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: measureAttempt is a Retry
  useEffect(() => {
    if (!(tool || measured || area) || measure) return;
    setMeasureFailure(null);
    import("../../analysis/planner-measure").then(setMeasure, (error: unknown) => {
      const detail = failedFile(error);
      setMeasureFailure(
        rejected(
          "worker-failed",
          `The measuring code could not be loaded (${detail}).`,
          `量测程序未能加载（${detail}）。`,
        ),
      );
    });
  }, [tool, measured, area, measure, measureAttempt]);
  const retryMeasure = useCallback(() => setMeasureAttempt((value) => value + 1), []);
  const result = useMemo((): ToolResult | null => {
    if (!measure) {
      if (!measureFailure) return null;
      if (measured) return { kind: measured.kind, corners: measured.corners, value: measureFailure };
      return area ? { kind: "select", area, value: measureFailure } : null;
    }
    const { measureArea, measureDistance, selectionInArea } = measure;
    if (measured?.kind === "distance") {
      return { kind: "distance", corners: measured.corners, value: measureDistance(path(measured.corners)) };
    }
    if (measured?.kind === "area") {
      return { kind: "area", corners: measured.corners, value: measureArea(ring(measured.corners)) };
    }
    if (!area) return null;
    const shape = "adcode" in area ? countyFeature(area.adcode) : ring(area.corners);
    return { kind: "select", area, value: selectionInArea(shape, visible) };
  }, [measured, area, visible, countyFeature, measure, measureFailure]);

  // The figure at the last corner: the sketch's running length or area, else the finished result's.
  const label = useMemo((): Feature | null => {
    if (!measure) return null;
    const corners = tool ? sketch : measured?.corners;
    const kind = tool ? (tool === "distance" ? "distance" : tool === "area" ? "area" : null) : measured?.kind;
    const last = corners?.[corners.length - 1];
    if (!kind || !corners || !last) return null;
    const value =
      kind === "distance" ? measure.measureDistance(path(corners)) : measure.measureArea(ring(corners));
    if (!value.ok) return null;
    return {
      type: "Feature",
      properties: { label: measureLabel(language, kind, value.value) },
      geometry: { type: "Point", coordinates: last },
    };
  }, [measure, tool, sketch, measured, language]);

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
    const features: Feature[] = shape && !tool ? [{ type: "Feature", properties: {}, geometry: shape }] : [];
    return { type: "FeatureCollection", features: label ? [...features, label] : features };
  }, [measured, area, countyFeature, label, tool]);

  const drawMode: DrawMode | null = tool === "distance" ? "path" : tool ? "polygon" : null;
  // One object while nothing changed: the planner's engine hands it up to the page (planner-engine.tsx).
  return useStableObject({
    tool,
    cornerCount: sketch.length,
    result,
    label: label?.properties?.label as string | undefined,
    outline,
    drawMode,
    drawing,
    measure,
    // Said as soon as a tool is chosen, with a Retry, not only once something is drawn.
    measureFailure,
    retryMeasure,
    start,
    cancel,
    finish,
    clear,
    selectCounty,
    onDraw,
  });
}

export type PlannerTools = ReturnType<typeof usePlannerTools>;
