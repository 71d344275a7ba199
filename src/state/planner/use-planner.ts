// The planner's state in one hook, so App only mounts it: the sidebar tab, distance N, the catchment
// layers and the county selection (all three in the store, so the link carries them), the coverage
// table (in a worker), the measuring and selecting tools, the exports, and what the map must draw.
// It runs in a chunk of its own (ui/planner/planner-engine.tsx), mounted at a settled moment after start-up or
// when the tab opens.
import type { FeatureCollection } from "geojson";
import { useCallback, useMemo, useState } from "react";
import { accepted } from "../../analysis/analysis-result";
import { validateDistance } from "../../analysis/validate-distance";
import type { CountyCollection } from "../../data/basemap-schema";
import type { CountyCode, ProjectFeature } from "../../data/project-schema";
import type { PlannerOverlayName } from "../../layers/planner-layers";
import type { AppState } from "../app/app-state";
import { type AppStore, actions } from "../app/app-store";
import { useStableObject } from "../app/use-stable-object";
import type { CatchmentLayer } from "../app/view-state";
import { usePlannerAnalysis } from "./planner-analysis";
import { usePlannerTools } from "./planner-tool-state";

export interface PlannerInput {
  store: AppStore;
  // From the store: the language, the sidebar tab, N in km (the last valid one), the catchment layers
  // and the county selection.
  state: Pick<AppState, "language" | "tab" | "distance" | "catchments" | "selectedCounty">;
  features: readonly ProjectFeature[] | undefined; // as loaded: exports keep the data contract
  visible: readonly { properties: { id: string } }[]; // the projects the filters show
  counties: FeatureCollection | undefined;
}

export function usePlanner(input: PlannerInput) {
  const { store, features } = input;
  const { language, tab, distance: storedDistance, catchments, selectedCounty } = input.state;
  const visibleIds = useMemo(() => input.visible.map((feature) => feature.properties.id), [input.visible]);
  // What the planner counts, said at the top of its tab and in its files' names (issue 28).
  const total = features?.length ?? 0;
  const scope = useMemo(() => ({ shown: visibleIds.length, total }), [visibleIds.length, total]);
  const countAll = useCallback(() => store.update(actions.clearFilters()), [store]);
  // Once opened, the planner stays mounted (its worker and results survive a look at the list).
  const [opened, setOpened] = useState(tab === "planner");
  if (tab === "planner" && !opened) setOpened(true);

  // The field may hold an invalid entry (its message shows, no figures); the store keeps the last
  // valid N. When the store's N changes from elsewhere (Back, Forward), the field shows it.
  const [distanceText, setDistanceText] = useState(String(storedDistance));
  const [fieldFor, setFieldFor] = useState(storedDistance);
  const typed = useMemo(() => validateDistance(distanceText), [distanceText]);
  if (fieldFor !== storedDistance) {
    setFieldFor(storedDistance);
    if (!typed.ok || Math.round(typed.value * 100) / 100 !== storedDistance) {
      setDistanceText(String(storedDistance));
    }
  }
  const setDistance = useCallback(
    (text: string) => {
      setDistanceText(text);
      const checked = validateDistance(text);
      if (checked.ok) store.update(actions.setDistance(checked.value));
    },
    [store],
  );
  const distance = useMemo(() => (typed.ok ? accepted(storedDistance) : typed), [typed, storedDistance]);
  const toggleCatchment = useCallback(
    (layer: CatchmentLayer, on: boolean) => store.update(actions.toggleCatchment(layer, on)),
    [store],
  );
  const onSelectCounty = useCallback(
    (adcode: CountyCode | null) => store.update(actions.selectCounty(adcode)),
    [store],
  );

  const counties = input.counties as CountyCollection | undefined;
  const active = tab === "planner";
  const analysis = usePlannerAnalysis({
    enabled: opened,
    active,
    features,
    counties,
    visibleIds,
    distance,
    catchmentLayers: catchments,
  });
  const visible = useMemo(() => {
    const ids = new Set(visibleIds);
    return (features ?? []).filter((feature) => ids.has(feature.properties.id));
  }, [features, visibleIds]);
  const tools = usePlannerTools({
    language,
    visible,
    counties,
    selectedCounty,
    onSelectCounty,
  });
  const nameOf = useCallback(
    (id: string) => {
      const project = features?.find((feature) => feature.properties.id === id);
      return project ? project.properties[language === "zh" ? "name_zh" : "name_en"] : id;
    },
    [features, language],
  );

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

  const map = useStableObject({ overlays, drawMode, drawing: tools.drawing, onDraw: tools.onDraw });
  // One object while nothing changed: the planner's engine hands it up to the page (planner-engine.tsx).
  return useStableObject({
    opened, // the tab has been opened at least once
    scope,
    countAll,
    distanceText,
    setDistanceText: setDistance,
    distance,
    catchmentLayers: catchments,
    toggleCatchment,
    ...analysis,
    tools,
    nameOf,
    map,
  });
}

export type Planner = ReturnType<typeof usePlanner>;
