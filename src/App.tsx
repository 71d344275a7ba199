// Wires state, data and components together. Logic lives in state/, filters/, data/ and map/.
import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from "react";
import { afterStart } from "./browser/after-start";
import { whenFirstPainted } from "./browser/first-paint";
import { BASEMAP_ATTRIBUTIONS } from "./data/basemap-attribution";
import { cityBounds } from "./data/region";
import { boundsOf } from "./geo/coordinates";
import { LANGUAGE_TAGS } from "./i18n/language";
import { translate } from "./i18n/messages";
import { filterGlobalState, type MapGlobalState } from "./layers/global-state";
import { type AppStore, actions } from "./state/app-store";
import { mapPadding } from "./state/map-padding";
import { useStore } from "./state/store";
import { useAppData } from "./state/use-app-data";
import { useBasemapChoice } from "./state/use-basemap-choice";
import { useEscapeClosesDetails } from "./state/use-escape-closes-details";
import { useMediaQuery } from "./state/use-media-query";
import { useNotices } from "./state/use-notices";
import { usePlanner } from "./state/use-planner";
import { usePresenter } from "./state/use-presenter";
import { useProjects } from "./state/use-projects";
import { useUrlSync } from "./state/use-url-sync";
import { AppHeader } from "./ui/app-header";
import { BasemapSwitch } from "./ui/basemap-switch";
import { DetailPanel } from "./ui/detail-panel";
import { NoticeList } from "./ui/notice-list";
import { PlannerDrawHint } from "./ui/planner-draw-hint";
import { PlannerTabs } from "./ui/planner-tabs";
import { PresenterOverlay } from "./ui/presenter-overlay";
import { PresenterPrintImage } from "./ui/presenter-print-image";
import { ProjectsPanel } from "./ui/projects-panel";
import { TextProvider } from "./ui/text-context";

// MapLibre runs only once the shell is on screen; index.html has already asked for its file.
const firstPaint = whenFirstPainted();
const loadMapView = () => firstPaint.then(() => import("./map/map-view"));
const MapView = lazy(loadMapView);
// The planner's table and tools load when its tab first opens: most visitors never need them.
const PlannerPanel = lazy(() =>
  import("./ui/planner-panel").then((module) => ({ default: module.PlannerPanel })),
);
const ATTRIBUTION = BASEMAP_ATTRIBUTIONS.map((source) => source.html).join(" · ");

export function App({ store }: { store: AppStore }) {
  const state = useStore(store);
  const { language, filters, selectedId } = state;
  const t = (key: Parameters<typeof translate>[1]) => translate(language, key);
  useUrlSync(state, store);
  useEscapeClosesDetails(store);
  const data = useAppData();
  const projects = useProjects(data.projects?.features, filters);
  const planner = usePlanner({
    language,
    features: data.projects?.features,
    visible: projects.visible,
    counties: data.basemap?.collections.counties,
  });
  // false once MapLibre could not start. The map code runs after the first paint, while the data loads.
  const [webGl, setWebGl] = useState(true);
  useEffect(() => void loadMapView(), []);
  const [mapError, setMapError] = useState<string | null>(null);
  const narrow = useMediaQuery("(max-width: 760px)");
  const reducedMotion = useMediaQuery("(prefers-reduced-motion: reduce)");
  const basemapChoice = useBasemapChoice();
  const presenter = usePresenter({ store, state, projects, projectsLoaded: data.projects !== null });
  const { notices, dismiss } = useNotices({
    language,
    data,
    basemap: basemapChoice,
    urlNotices: state.urlNotices,
    mapError,
    webGl,
    more: presenter.notices,
  });
  const selected = selectedId ? projects.byId.get(selectedId) : undefined;

  useEffect(() => {
    document.documentElement.lang = LANGUAGE_TAGS[language];
    document.title = t("title");
  });

  const frameProject = useCallback(
    (id: string) => {
      const feature = projects.byId.get(id);
      if (feature) store.update(actions.requestFrame(boundsOf(feature)));
    },
    [store, projects.byId],
  );
  const select = useCallback(
    (id: string | null) => {
      store.update(actions.select(id));
      if (id) frameProject(id);
    },
    [store, frameProject],
  );
  const hover = useCallback((id: string | null) => store.update(actions.hover(id)), [store]);

  // A shared link with a project opens it framed, once the data is in.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only when the data first arrives
  useEffect(() => {
    if (selectedId && !state.camera) frameProject(selectedId);
  }, [projects.byId]);

  const globalState = useMemo(
    (): MapGlobalState => ({
      ...filterGlobalState(filters),
      language,
      selectedId: selectedId ?? "",
      hoveredId: state.hoveredId ?? "",
      spotlightIds: presenter.spotlightIds,
    }),
    [filters, language, selectedId, state.hoveredId, presenter.spotlightIds],
  );
  const basemap = data.basemap?.collections;
  const padding = mapPadding({
    narrow,
    detailOpen: Boolean(selected),
    presenting: presenter.present,
    width: window.innerWidth,
    height: window.innerHeight,
  });

  return (
    <TextProvider language={language}>
      <div
        className={`app${state.embed ? " is-embed" : ""}${selected ? " has-detail" : ""}${presenter.present ? " is-presenting" : ""}`}
      >
        <AppHeader
          query={filters.query}
          onQuery={(query) => store.update(actions.setFilters({ query }))}
          onToggleLanguage={() => store.update(actions.toggleLanguage())}
          onPresent={presenter.enter}
        />
        <NoticeList notices={notices} onDismiss={dismiss} />
        <main className="layout">
          <section className="map-area" aria-label={t("map")}>
            {!webGl ? (
              <p className="map-message">{t("noWebGl")}</p>
            ) : !basemap || !data.projects ? (
              <p className="map-message">{t("mapLoading")}</p>
            ) : (
              <Suspense fallback={<p className="map-message">{t("mapLoading")}</p>}>
                <MapView
                  theme={presenter.theme}
                  basemap={basemap}
                  projects={projects.collection}
                  attribution={ATTRIBUTION}
                  globalState={globalState}
                  initialCamera={state.camera}
                  homeBounds={cityBounds(basemap["city-outline"])}
                  cameraRequest={state.cameraRequest}
                  padding={padding}
                  exporter={presenter.exporter}
                  cooperativeGestures={state.embed}
                  reducedMotion={reducedMotion}
                  locale={{}}
                  onSelect={select}
                  onHover={hover}
                  onCameraChange={(camera) => store.update(actions.setCamera(camera))}
                  onFirstIdle={afterStart.release}
                  onError={setMapError}
                  onUnavailable={(message) => {
                    setWebGl(false);
                    afterStart.release();
                    // Not a WebGL refusal: keep MapLibre's words in the notice for a bug report.
                    if (!/webgl/i.test(message)) setMapError(message);
                  }}
                  {...planner.map}
                  online={basemapChoice.active}
                  onlineTimeoutSeconds={basemapChoice.config.fallbackSeconds}
                  onBasemapFailure={basemapChoice.fail}
                />
              </Suspense>
            )}
            <PlannerDrawHint tools={planner.tools} />
          </section>
          <aside className="sidebar" aria-label={t("filters")}>
            <PlannerTabs
              tab={planner.tab}
              onTab={planner.setTab}
              planner={
                // Mounted (and its chunk fetched) when the tab is first opened, not hidden at start-up.
                planner.opened ? (
                  <Suspense fallback={<p className="hint">{t("loadingData")}</p>}>
                    <PlannerPanel planner={planner} nameOf={planner.nameOf} onSelectProject={select} />
                  </Suspense>
                ) : null
              }
              projects={
                <ProjectsPanel
                  loaded={data.projects !== null}
                  narrow={narrow}
                  visible={projects.visible}
                  total={projects.all.length}
                  filters={filters}
                  counts={projects.counts}
                  selectedId={selectedId}
                  hoveredId={state.hoveredId}
                  basemapSwitch={
                    <BasemapSwitch config={basemapChoice.config} onChoose={basemapChoice.choose} />
                  }
                  onFilters={(change) => store.update(actions.setFilters(change))}
                  onClearFilters={() => store.update(actions.clearFilters())}
                  onSelect={select}
                  onHover={hover}
                />
              }
            />
          </aside>
          {selected ? (
            <DetailPanel
              project={selected.properties}
              onClose={() => store.update(actions.select(null))}
              onFrame={() => frameProject(selected.properties.id)}
            />
          ) : null}
        </main>
        {presenter.present ? <PresenterOverlay presenter={presenter} visible={projects.visible} /> : null}
        <PresenterPrintImage image={presenter.printImage} label={t("map")} />
      </div>
    </TextProvider>
  );
}
