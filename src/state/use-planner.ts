// The planner's state in one hook, so App only mounts it: the sidebar tab, distance N, the catchment
// layers, the coverage table (in a worker), the measuring and selecting tools, the exports, and what
// the map must draw for all of them.
import type { FeatureCollection } from "geojson";
import { useCallback, useMemo, useState } from "react";
import { coverageCsv } from "../analysis/coverage-csv";
import { selectionGeojson } from "../analysis/selection-geojson";
import { DEFAULT_DISTANCE_KILOMETRES, validateDistance } from "../analysis/validate-distance";
import { downloadText } from "../browser/download-file";
import type { CountyCollection } from "../data/basemap-schema";
import type { LayerName, ProjectFeature } from "../data/project-schema";
import type { Language } from "../i18n/language";
import type { PlannerOverlayName } from "../layers/planner-layers";
import { usePlannerAnalysis } from "./planner-analysis";
import { coverageCsvHeaders, coverageFileName, rowLabel, selectionFileName } from "./planner-format";
import { usePlannerTools } from "./planner-tools";
import { CATCHMENT_LAYERS, type SidebarTab } from "./view-state";

export interface PlannerInput {
  language: Language;
  tab: SidebarTab; // the sidebar tab, from the link
  features: readonly ProjectFeature[] | undefined; // as loaded: exports keep the data contract
  visible: readonly { properties: { id: string } }[]; // the projects the filters show
  counties: FeatureCollection | undefined;
}

export function usePlanner({
  language,
  tab,
  features,
  visible: shown,
  counties: basemapCounties,
}: PlannerInput) {
  const visibleIds = useMemo(() => shown.map((feature) => feature.properties.id), [shown]);
  // Once opened, the planner stays mounted (its worker and results survive a look at the list).
  const [opened, setOpened] = useState(tab === "planner");
  if (tab === "planner" && !opened) setOpened(true);
  const [distanceText, setDistanceText] = useState(String(DEFAULT_DISTANCE_KILOMETRES));
  const distance = useMemo(() => validateDistance(distanceText), [distanceText]);
  const [catchmentLayers, setCatchmentLayers] = useState<readonly LayerName[]>(["railway"]);
  const toggleCatchment = useCallback(
    (layer: LayerName, on: boolean) =>
      setCatchmentLayers((layers) =>
        CATCHMENT_LAYERS.filter((item) => (item === layer ? on : layers.includes(item))),
      ),
    [],
  );
  const counties = basemapCounties as CountyCollection | undefined;
  const active = tab === "planner";
  const analysis = usePlannerAnalysis({
    enabled: opened,
    active,
    features,
    counties,
    visibleIds,
    distance,
    catchmentLayers,
  });
  const visible = useMemo(() => {
    const ids = new Set(visibleIds);
    return (features ?? []).filter((feature) => ids.has(feature.properties.id));
  }, [features, visibleIds]);
  const tools = usePlannerTools(visible, counties);
  const nameOf = useCallback(
    (id: string) => {
      const project = features?.find((feature) => feature.properties.id === id);
      return project ? project.properties[language === "zh" ? "name_zh" : "name_en"] : id;
    },
    [features, language],
  );

  const exportCsv = useCallback(() => {
    const table = analysis.coverage;
    if (!table?.ok) return;
    const { rows, distanceKilometres } = table.value;
    const text = coverageCsv(rows, {
      headers: coverageCsvHeaders(language, distanceKilometres),
      rowLabel: (row) => rowLabel(language, row),
    });
    downloadText(coverageFileName(distanceKilometres), text, "text/csv;charset=utf-8");
  }, [analysis.coverage, language]);

  const exportSelection = useCallback(() => {
    const result = tools.result;
    if (result?.kind !== "select" || !result.value.ok) return;
    const area = "adcode" in result.area ? { adcode: result.area.adcode } : { drawn: true as const };
    downloadText(selectionFileName(area), selectionGeojson(result.value.value), "application/geo+json");
  }, [tools.result]);

  // Planner overlays show only while the planner tab is open: the project list has its own map.
  const overlays = useMemo(
    // The sketch ("planner-drawing") belongs to the map's draw controller, not to React.
    (): Partial<Record<PlannerOverlayName, FeatureCollection>> => ({
      "planner-catchments": analysis.catchments,
      "planner-area": active ? tools.outline : { type: "FeatureCollection", features: [] },
    }),
    [analysis.catchments, active, tools.outline],
  );
  const drawMode = active ? tools.drawMode : null;

  return {
    opened, // the tab has been opened at least once
    distanceText,
    setDistanceText,
    distance,
    catchmentLayers,
    toggleCatchment,
    ...analysis,
    tools,
    nameOf,
    exportCsv,
    exportSelection,
    map: { overlays, drawMode, drawing: tools.drawing, onDraw: tools.onDraw },
  };
}

export type Planner = ReturnType<typeof usePlanner>;
