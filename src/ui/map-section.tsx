// The map area: the lazily loaded map (or why there is none), with everything it shows handed over as
// props, and the planner's sketch hint on top.
import { lazy, Suspense, useState } from "react";
import { afterStart } from "../browser/after-start";
import { whenFirstPainted } from "../browser/first-paint";
import { cityBounds } from "../data/region";
import type { MapViewProps } from "../map/map-view";
import type { AppState } from "../state/app-store";
import type { AppData } from "../state/use-app-data";
import type { BasemapChoice } from "../state/use-basemap-choice";
import { useMapTooltip } from "../state/use-map-tooltip";
import type { Planner } from "../state/use-planner";
import type { Presenter } from "../state/use-presenter";
import type { DerivedProjects } from "../state/use-projects";
import { CloseUpNote } from "./close-up-note";
import { BILINGUAL_ATTRIBUTION } from "./map-attribution";
import { MapLegend } from "./map-legend";
import { PlannerDrawHint } from "./planner-draw-hint";
import { ProgressViewControl } from "./progress-slots";
import type { ChooserRequest } from "./project-chooser";
import { useText } from "./text-context";

// MapLibre runs only once the shell is on screen; index.html has already asked for its file.
const firstPaint = whenFirstPainted();
export const loadMapView = () => firstPaint.then(() => import("../map/map-view"));
const MapView = lazy(loadMapView);
// Opened by a click where projects overlap: never part of the first view.
const ProjectChooser = lazy(() =>
  import("./project-chooser").then((module) => ({ default: module.ProjectChooser })),
);

interface MapSectionProps {
  state: AppState;
  data: AppData;
  projects: DerivedProjects;
  presenter: Presenter;
  planner: Planner;
  basemapChoice: BasemapChoice;
  webGl: boolean;
  reducedMotion: boolean;
  narrow: boolean; // phone layout: the map legend starts folded
  globalState: MapViewProps["globalState"];
  padding: MapViewProps["padding"];
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
  return (
    <section className="map-area" aria-label={t("map")}>
      {!props.webGl ? (
        <p className="map-message">{t("noWebGl")}</p>
      ) : !basemap || !data.projects ? (
        <p className="map-message">{t("mapLoading")}</p>
      ) : (
        <Suspense fallback={<p className="map-message">{t("mapLoading")}</p>}>
          <MapView
            theme={props.presenter.theme}
            basemap={basemap}
            projects={props.projects.collection}
            attribution={BILINGUAL_ATTRIBUTION}
            tooltip={tooltip}
            globalState={props.globalState}
            initialCamera={state.camera}
            homeBounds={cityBounds(basemap["city-outline"])}
            cameraRequest={state.cameraRequest}
            padding={props.padding}
            exporter={props.presenter.exporter}
            cooperativeGestures={state.embed}
            reducedMotion={props.reducedMotion}
            locale={{}}
            onFirstIdle={afterStart.release}
            {...props.handlers}
            {...props.planner.map}
            {...props.userLayers}
            online={basemapChoice.active}
            onlineTimeoutSeconds={basemapChoice.config.fallbackSeconds}
            onBasemapFailure={basemapChoice.fail}
            onChoose={(ids, point) => setChooser({ ids, point })}
          />
        </Suspense>
      )}
      {chooser ? (
        <Suspense fallback={null}>
          <ProjectChooser
            request={chooser}
            byId={props.projects.byId}
            onChoose={(id) => {
              setChooser(null);
              props.handlers.onSelect(id);
            }}
            onClose={() => setChooser(null)}
          />
        </Suspense>
      ) : null}
      {state.present ? null : <MapLegend narrow={props.narrow} />}
      <PlannerDrawHint tools={props.planner.tools} />
      {props.webGl && !props.presenter.present ? <ProgressViewControl /> : null}
      <CloseUpNote zoom={state.camera?.zoom} basemapChoice={basemapChoice} />
    </section>
  );
}
