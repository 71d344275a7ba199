// Wires state, data and components together. Logic lives in state/, filters/, data/ and map/.
import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from "react";
import { BASEMAP_ATTRIBUTIONS } from "./data/basemap-attribution";
import { cityBounds } from "./data/region";
import { useAppData } from "./data/use-app-data";
import { filterGlobalState } from "./filters/filter-expression";
import { LANGUAGE_TAGS } from "./i18n/language";
import { translate } from "./i18n/messages";
import { afterStart } from "./state/after-start";
import { type AppStore, actions } from "./state/app-store";
import { whenFirstPainted } from "./state/first-paint";
import { useStore } from "./state/store";
import { useBasemapChoice } from "./state/use-basemap-choice";
import { useMediaQuery } from "./state/use-media-query";
import { useNotices } from "./state/use-notices";
import { usePlanner } from "./state/use-planner";
import { usePresenter } from "./state/use-presenter";
import { boundsOf, useProjects } from "./state/use-projects";
import { useUrlSync } from "./state/use-url-sync";
import { AppHeader } from "./ui/app-header";
import { BasemapSwitch } from "./ui/basemap-switch";
import { DetailPanel } from "./ui/detail-panel";
import { FilterPanel } from "./ui/filter-panel";
import { NoticeList } from "./ui/notice-list";
import { PlannerDrawHint } from "./ui/planner-draw-hint";
import { PlannerTabs } from "./ui/planner-tabs";
import { PresenterOverlay } from "./ui/presenter-overlay";
import { PresenterPrintImage } from "./ui/presenter-print-image";
import { ProjectList } from "./ui/project-list";

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
  const t = (key: Parameters<typeof translate>[1], values?: Record<string, string | number>) =>
    translate(language, key, values);
  useUrlSync(state, store);
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
  const [frame, setFrame] = useState<{ bounds: [number, number, number, number]; key: number } | null>(null);
  const narrow = useMediaQuery("(max-width: 760px)");
  const reducedMotion = useMediaQuery("(prefers-reduced-motion: reduce)");
  const basemapChoice = useBasemapChoice();
  const { notices, dismiss } = useNotices({
    language,
    data,
    basemap: basemapChoice,
    urlNotices: state.urlNotices,
    mapError,
    webGl,
  });
  const selected = selectedId ? projects.byId.get(selectedId) : undefined;

  useEffect(() => {
    document.documentElement.lang = LANGUAGE_TAGS[language];
    document.title = t("title");
  });

  const frameProject = useCallback(
    (id: string) => {
      const feature = projects.byId.get(id);
      if (feature) setFrame((previous) => ({ bounds: boundsOf(feature), key: (previous?.key ?? 0) + 1 }));
    },
    [projects.byId],
  );
  const frameBounds = useCallback(
    (bounds: [number, number, number, number]) =>
      setFrame((previous) => ({ bounds, key: (previous?.key ?? 0) + 1 })),
    [],
  );
  const presenter = usePresenter({
    store,
    state,
    projects,
    projectsLoaded: data.projects !== null,
    frameBounds,
  });
  const select = useCallback(
    (id: string | null) => {
      store.update(actions.select(id));
      if (id) frameProject(id);
    },
    [store, frameProject],
  );

  // A shared link with a project opens it framed, once the data is in.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only when the data first arrives
  useEffect(() => {
    if (selectedId && !state.camera) frameProject(selectedId);
  }, [projects.byId]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const open = store.get().selectedId;
      if (event.key !== "Escape" || !open) return;
      store.update(actions.select(null));
      // Return focus to where the user came from: the project's row in the list, if it is shown.
      document.querySelector<HTMLElement>(`[data-project-id="${CSS.escape(open)}"]`)?.focus();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [store]);

  const globalState = useMemo(
    () => ({
      ...filterGlobalState(filters),
      language,
      selectedId: selectedId ?? "",
      hoveredId: state.hoveredId ?? "",
      spotlightIds: presenter.spotlightIds,
    }),
    [filters, language, selectedId, state.hoveredId, presenter.spotlightIds],
  );
  const basemap = data.basemap?.collections;
  const ready = basemap && data.projects;
  const padding = narrow
    ? { top: 40, bottom: selected ? 320 : 40, left: 30, right: 30 }
    : { top: 60, bottom: 60, left: 60, right: selected ? 440 : 60 };

  return (
    <div
      className={`app${state.embed ? " is-embed" : ""}${selected ? " has-detail" : ""}${presenter.present ? " is-presenting" : ""}`}
    >
      <AppHeader
        language={language}
        query={filters.query}
        onQuery={(query) => store.update(actions.setFilters({ query }))}
        onToggleLanguage={() => store.update(actions.toggleLanguage())}
        onPresent={presenter.enter}
      />
      <NoticeList
        notices={[...notices, ...presenter.notices]}
        dismissLabel={t("dismiss")}
        onDismiss={(id) =>
          (presenter.notices.some((notice) => notice.id === id) ? presenter.dismissNotice : dismiss)(id)
        }
      />
      <main className="layout">
        <section className="map-area" aria-label={t("map")}>
          {!webGl ? (
            <p className="map-message">{t("noWebGl")}</p>
          ) : !ready ? (
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
                frame={frame}
                flyTo={state.cameraRequest}
                padding={presenter.padding ?? padding}
                exporter={presenter.exporter}
                cooperativeGestures={state.embed}
                reducedMotion={reducedMotion}
                label={t("map")}
                locale={{}}
                onSelect={select}
                onHover={(id) => store.update(actions.hover(id))}
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
          <PlannerDrawHint language={language} tools={planner.tools} />
        </section>
        <aside className="sidebar" aria-label={t("filters")}>
          <PlannerTabs
            language={language}
            tab={planner.tab}
            onTab={planner.setTab}
            planner={
              // Mounted (and its chunk fetched) when the tab is first opened, not hidden at start-up.
              planner.opened ? (
                <Suspense fallback={<p className="hint">{t("loadingData")}</p>}>
                  <PlannerPanel
                    language={language}
                    planner={planner}
                    nameOf={planner.nameOf}
                    onSelectProject={select}
                  />
                </Suspense>
              ) : null
            }
            projects={
              <>
                <p className="result-summary" aria-live="polite">
                  {data.projects
                    ? t("summary", { shown: projects.visible.length, total: projects.all.length })
                    : t("loadingData")}
                </p>
                <details className="filter-details" open={!narrow}>
                  <summary>{t("filters")}</summary>
                  <FilterPanel
                    language={language}
                    filters={filters}
                    counts={projects.counts}
                    onChange={(change) => store.update(actions.setFilters(change))}
                    onClear={() => store.update(actions.clearFilters())}
                  />
                  <BasemapSwitch
                    language={language}
                    config={basemapChoice.config}
                    onChoose={basemapChoice.choose}
                  />
                </details>
                <div id="project-list" tabIndex={-1}>
                  <ProjectList
                    language={language}
                    projects={projects.visible}
                    selectedId={selectedId}
                    hoveredId={state.hoveredId}
                    onSelect={select}
                    onHover={(id) => store.update(actions.hover(id))}
                  />
                </div>
              </>
            }
          />
        </aside>
        {selected ? (
          <DetailPanel
            language={language}
            project={selected.properties}
            onClose={() => store.update(actions.select(null))}
            onFrame={() => frameProject(selected.properties.id)}
          />
        ) : null}
      </main>
      {presenter.present ? (
        <PresenterOverlay language={language} presenter={presenter} visible={projects.visible} />
      ) : null}
      <PresenterPrintImage image={presenter.printImage} label={t("map")} />
    </div>
  );
}
