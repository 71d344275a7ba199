// The map area: the lazily loaded map (or why there is none), with everything it shows handed over as
// props, and the planner's sketch hint on top.
import { type RefObject, useEffect, useMemo, useState } from "react";
import { afterStart } from "../../browser/after-start";
import { whenFirstPainted } from "../../browser/first-paint";
import { LAYER_NAMES } from "../../data/facets";
import { LAYERS, type LayerName } from "../../data/project-schema";
import { cityBounds } from "../../data/region";
import type { Language } from "../../i18n/language";
import { withLaterTexts } from "../../i18n/load-later-texts";
import type { Theme } from "../../layers/theme";
import type { MapExporter } from "../../map/export-png";
import type { MapViewProps } from "../../map/map-view";
import type { AppState } from "../../state/app/app-state";
import type { AppData } from "../../state/app/use-app-data";
import type { DerivedProjects } from "../../state/app/use-projects";
import { CATCHMENT_LAYERS } from "../../state/app/view-state";
import type { LegendSize } from "../../state/map-area/map-padding";
import type { BasemapChoice } from "../../state/map-area/use-basemap-choice";
import { useMapTooltip } from "../../state/map-area/use-map-tooltip";
import type { Planner } from "../../state/planner/use-planner";
import { PlannerDrawHint } from "../planner/planner-draw-hint";
import { ProgressViewControl } from "../progress/progress-slots";
import { LazyPart } from "../shell/lazy-part";
import { preloadable } from "../shell/preloadable";
import { useText } from "../shell/text-context";
import { useLoaderSettled } from "../shell/use-loader-settled";
import { CloseUpNote } from "./close-up-note";
import { type LegendCatchments, MapLegend } from "./map-legend";
import type { ChooserRequest } from "./project-chooser";

// MapLibre runs only once the shell is on screen; index.html has already asked for its file. The map
// section starts this as it mounts (useLoaderSettled below) and mounts the map once it has finished, so
// the map renders at once instead of suspending (use-loader-settled.ts).
const firstPaint = whenFirstPainted();
const loadMapView = preloadable(() =>
  firstPaint.then(() => import("../../map/map-view")).then((module) => module.default),
);
// A stalled map file or MapLibre worker would leave "loading" up for ever: after this long without the
// map's first idle, the map area says so and offers Retry (the map keeps loading meanwhile). Twice the
// data files' 20 s, since the map waits for them first.
const MAP_STALL_SECONDS = 45;
const WORKER_FAILED = /worker failed to load/i; // MapLibre's words when its worker file is missing
// Opened by a click where projects overlap: never part of the first view.
const loadProjectChooser = preloadable(
  withLaterTexts(() => import("./project-chooser").then((module) => module.ProjectChooser)),
);

interface MapSectionProps {
  state: AppState;
  data: AppData;
  projects: DerivedProjects;
  theme: Theme; // the presentation's theme while presenting
  exporter: RefObject<MapExporter | null>; // the map writes it; export and print read it
  planner: Planner | null; // null until the planner's engine has loaded
  basemapChoice: BasemapChoice;
  webGl: boolean;
  reducedMotion: boolean;
  narrow: boolean; // phone layout: the map legend starts folded
  globalState: MapViewProps["globalState"];
  highlight: MapViewProps["highlight"];
  hiddenIds: MapViewProps["hiddenIds"]; // filtered out, or a slide's points kept to its inset
  padding: MapViewProps["padding"];
  onLegendSize?: (size: LegendSize | null) => void; // the open legend's size, for framing beside it
  handlers: Pick<MapViewProps, "onSelect" | "onHover" | "onCameraChange" | "onError" | "onUnavailable">;
  // The planner's own layers and what a click on one of their features does (issue 17).
  userLayers?: Pick<MapViewProps, "userLayers" | "onUserFeature">;
}

export function MapSection(props: MapSectionProps) {
  const { language, t } = useText();
  const { state, data, basemapChoice } = props;
  const [chooser, setChooser] = useState<ChooserRequest | null>(null);
  const tooltip = useMapTooltip(chooser ? null : state.hoveredId, props.projects, language);
  const basemap = data.basemap?.collections;
  const mapCode = useLoaderSettled(loadMapView);
  const showing = props.webGl && Boolean(basemap && data.projects);
  const stall = useMapStall(showing);
  const pending = data.projects?.pending ?? [];
  // One object while the catchments stay the same, so the memoised legend is not drawn again.
  const catchments = props.planner?.catchments;
  const distance = props.planner?.distance;
  const legendKey = useMemo(
    () => legendCatchments(catchments?.features ?? [], distance),
    [catchments, distance],
  );
  return (
    <section className="map-area" aria-label={t("map")}>
      {!props.webGl ? (
        <p className="map-message">{t("noWebGl")}</p>
      ) : !basemap || !data.projects || !mapCode ? (
        <p className="map-message">{t("mapLoading")}</p>
      ) : (
        <LazyPart
          key={stall.attempt}
          load={loadMapView}
          part="partMap"
          className="map-message"
          loading={<p className="map-message">{t("mapLoading")}</p>}
          props={{
            theme: props.theme,
            basemap,
            projects: props.projects.collection,
            tooltip,
            globalState: props.globalState,
            highlight: props.highlight,
            hiddenIds: props.hiddenIds,
            initialCamera: state.camera,
            homeBounds: cityBounds(basemap["city-outline"]),
            cameraRequest: state.cameraRequest,
            padding: props.padding,
            exporter: props.exporter,
            cooperativeGestures: state.embed,
            reducedMotion: props.reducedMotion,
            locale: {},
            onFirstIdle: () => {
              afterStart.release();
              stall.idle();
            },
            ...props.handlers,
            // MapLibre's worker file did not load: the map can never draw, so it is a failed part of
            // the page with a Retry at once, not a notice beside a map that waits for ever.
            onError: (message: string) =>
              WORKER_FAILED.test(message) ? stall.fail(message) : props.handlers.onError(message),
            ...props.planner?.map,
            ...props.userLayers,
            online: basemapChoice.active,
            onlineTimeoutSeconds: basemapChoice.config.fallbackSeconds,
            onBasemapFailure: basemapChoice.fail,
            onChoose: (ids, point, at) => setChooser({ ids, point, at }),
          }}
        />
      )}
      {chooser ? (
        <LazyPart
          load={loadProjectChooser}
          part="partChooser"
          className="floating-failure map-failure"
          loading={null}
          props={{
            request: chooser,
            byId: props.projects.byId,
            onChoose: (id: string) => {
              setChooser(null);
              props.handlers.onSelect(id, chooser.at);
            },
            onClose: () => setChooser(null),
          }}
        />
      ) : null}
      {state.present ? null : (
        <MapLegend
          narrow={props.narrow}
          showsStatus={state.mapView !== "progress"}
          catchments={legendKey}
          onSize={props.onLegendSize}
        />
      )}
      {showing && stall.stalled ? (
        <div className="map-stalled" role="alert">
          <p>
            {stall.failure
              ? t("partFailed", { part: t("partMap"), detail: stall.failure })
              : t("mapStalled", { seconds: MAP_STALL_SECONDS })}
          </p>
          <button type="button" className="secondary-button" onClick={stall.retry}>
            {t("retry")}
          </button>
        </div>
      ) : null}
      {pending.length > 0 ? (
        <p className="map-arriving" role="status">
          {t("projectsArriving", {
            layers: pending.map((file) => layerName(file, language)).join(language === "zh" ? "、" : ", "),
          })}
        </p>
      ) : null}
      {/* One stack in the top-left corner: the view switch first, then the notes under it, so a note
          never covers the switch (issue 28). */}
      <div className="map-overlays">
        {props.webGl && !state.present ? <ProgressViewControl /> : null}
        {props.planner ? <PlannerDrawHint tools={props.planner.tools} /> : null}
        <CloseUpNote zoom={state.camera?.zoom} basemapChoice={basemapChoice} />
      </div>
    </section>
  );
}

// Counts from the moment the map should appear until its first idle; Retry remounts the map with a
// fresh import of its code.
function useMapStall(showing: boolean) {
  const [attempt, setAttempt] = useState(0);
  const [idle, setIdle] = useState(false);
  const [stalled, setStalled] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: attempt restarts the count
  useEffect(() => {
    setStalled(false);
    if (!showing || idle) return;
    const timer = window.setTimeout(() => setStalled(true), MAP_STALL_SECONDS * 1000);
    return () => window.clearTimeout(timer);
  }, [showing, idle, attempt]);
  return {
    attempt,
    stalled,
    failure,
    idle: () => setIdle(true),
    fail: (detail: string) => {
      setFailure(detail);
      setStalled(true);
    },
    retry: () => {
      setIdle(false);
      setFailure(null);
      setAttempt((value) => value + 1);
    },
  };
}

// The catchments the planner draws now, for their key in the legend: their layers, in the planner's order.
function legendCatchments(
  features: Planner["catchments"]["features"],
  distance: Planner["distance"] | undefined,
): LegendCatchments | null {
  if (!distance?.ok || features.length === 0) return null;
  const drawn = new Set(features.map((feature) => feature.properties?.layer));
  return { layers: CATCHMENT_LAYERS.filter((layer) => drawn.has(layer)), distance: distance.value };
}

// A project file's layer, as the legend names it ("urban.geojson" → 城市品质); other names as they are.
function layerName(file: string, language: Language): string {
  const base = file.replace(/\.geojson$/, "");
  return (LAYERS as readonly string[]).includes(base) ? LAYER_NAMES[base as LayerName][language] : base;
}
