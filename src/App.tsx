// Wires state, data and components together. Logic lives in state/, filters/, data/ and map/.
import { useEffect, useState } from "react";
import { afterStart } from "./browser/after-start";
import { LANGUAGE_TAGS } from "./i18n/language";
import { translate } from "./i18n/messages";
import { type AppStore, actions } from "./state/app-store";
import { mapPadding } from "./state/map-padding";
import { useStore } from "./state/store";
import { useAppData } from "./state/use-app-data";
import { useBasemapChoice } from "./state/use-basemap-choice";
import { useEscapeClosesDetails } from "./state/use-escape-closes-details";
import { useMapGlobalState } from "./state/use-map-global-state";
import { useMediaQuery } from "./state/use-media-query";
import { useNotices } from "./state/use-notices";
import { usePlanner } from "./state/use-planner";
import { usePresenter } from "./state/use-presenter";
import { useProjects } from "./state/use-projects";
import { useSelection } from "./state/use-selection";
import { useUrlSync } from "./state/use-url-sync";
import { AppHeader } from "./ui/app-header";
import { BasemapSwitch } from "./ui/basemap-switch";
import { DetailPanel } from "./ui/detail-panel";
import { LazyPart } from "./ui/lazy-part";
import { loadMapView, MapSection } from "./ui/map-section";
import { NoticeList } from "./ui/notice-list";
import { PresenterOverlay } from "./ui/presenter-overlay";
import { PresenterPrintImage } from "./ui/presenter-print-image";
import { ProjectsPanel } from "./ui/projects-panel";
import { SidebarTabs } from "./ui/sidebar-tabs";
import { TextProvider } from "./ui/text-context";

// The planner's table and tools load when its tab first opens: most visitors never need them.
const loadPlannerPanel = () => import("./ui/planner-panel").then((module) => module.PlannerPanel);

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
    tab: state.tab,
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
  // Every file in: the tour is checked against all projects, never against those arrived so far or
  // while a file waits for Retry (its projects' ids would read as unknown: a false alarm).
  const projectsLoaded =
    data.projects !== null && data.projects.pending.length === 0 && data.projects.failures.length === 0;
  const presenter = usePresenter({ store, state, projects, projectsLoaded });
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
    document.title = translate(language, "title");
  }, [language]);

  const { select, hover, frameProject } = useSelection(store, state, projects);
  const globalState = useMapGlobalState(state, presenter.spotlightIds);
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
          <MapSection
            state={state}
            data={data}
            projects={projects}
            presenter={presenter}
            planner={planner}
            basemapChoice={basemapChoice}
            webGl={webGl}
            reducedMotion={reducedMotion}
            globalState={globalState}
            padding={padding}
            handlers={{
              onSelect: select,
              onHover: hover,
              onCameraChange: (camera) => store.update(actions.setCamera(camera)),
              onError: setMapError,
              onUnavailable: (message) => {
                setWebGl(false);
                afterStart.release();
                // Not a WebGL refusal: keep MapLibre's words in the notice for a bug report.
                if (!/webgl/i.test(message)) setMapError(message);
              },
            }}
          />
          <aside className="sidebar" aria-label={t("filters")}>
            <SidebarTabs
              tab={state.tab}
              onTab={(tab) => store.update(actions.setTab(tab))}
              panels={{
                projects: (
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
                ),
                // Mounted (and its chunk fetched) when the tab is first opened, not hidden at start-up.
                planner: planner.opened ? (
                  <LazyPart
                    load={loadPlannerPanel}
                    part="partPlanner"
                    loading={<p className="hint">{t("loadingData")}</p>}
                    props={{ planner, nameOf: planner.nameOf, onSelectProject: select }}
                  />
                ) : null,
              }}
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
