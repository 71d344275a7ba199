// Wires state, data and components together. Logic lives in state/, filters/, data/ and map/.
import { useMemo, useRef, useState } from "react";
import { cityBounds } from "./data/region";
import { PRESENTATION_THEME, STANDARD_THEME } from "./layers/theme";
import type { MapExporter } from "./map/export-png";
import { type AppStore, actions } from "./state/app/app-store";
import { useStore } from "./state/app/store";
import { useAppData } from "./state/app/use-app-data";
import { useDocumentLanguage } from "./state/app/use-document-language";
import { useMediaQuery } from "./state/app/use-media-query";
import { useNotices } from "./state/app/use-notices";
import { useProjects } from "./state/app/use-projects";
import { useSelection } from "./state/app/use-selection";
import { useUrlSync } from "./state/app/use-url-sync";
import { type LegendSize, mapPadding } from "./state/map-area/map-padding";
import { useBasemapChoice } from "./state/map-area/use-basemap-choice";
import { useEscapeClosesDetails } from "./state/map-area/use-escape-closes-details";
import { useMapGlobalState, useMapHiddenIds, useMapHighlight } from "./state/map-area/use-map-global-state";
import { useMapStatus } from "./state/map-area/use-map-status";
import { useSheetCamera } from "./state/map-area/use-sheet-camera";
import type { Planner } from "./state/planner/use-planner";
import { IDLE_PRESENTER, type PresenterView } from "./state/presenter/presenter-view";
import { usePresenterEntry } from "./state/presenter/use-presenter-entry";
import { useProgress } from "./state/progress/use-progress";
import { useSearchPick } from "./state/search/use-search-pick";
import { useDropIntoLayers } from "./state/your-layers/use-drop-into-layers";
import { useUserLayers } from "./state/your-layers/use-user-layers";
import { DetailArea } from "./ui/details/detail-area";
import { MapSection } from "./ui/map-area/map-section";
import { usePublishProgressView } from "./ui/progress/progress-context";
import { AppEngines } from "./ui/shell/app-engines";
import { AppHeader } from "./ui/shell/app-header";
import { NoticeList } from "./ui/shell/notice-list";
import { Sidebar } from "./ui/shell/sidebar";
import { TextProvider } from "./ui/shell/text-context";
import { FileDropOverlay } from "./ui/your-layers/file-drop-overlay";

export function App({ store }: { store: AppStore }) {
  const state = useStore(store);
  const { language, filters, selectedId } = state;
  useUrlSync(state, store);
  useEscapeClosesDetails(store);
  const data = useAppData();
  const projects = useProjects(data.projects?.features, filters);
  const [planner, setPlanner] = useState<Planner | null>(null);
  const { webGl, mapError, setMapError, onUnavailable } = useMapStatus();
  const narrow = useMediaQuery("(max-width: 760px)");
  const reducedMotion = useMediaQuery("(prefers-reduced-motion: reduce)");
  const basemapChoice = useBasemapChoice();
  const enterPresentation = usePresenterEntry(store);
  const [presenter, setPresenter] = useState<PresenterView>(IDLE_PRESENTER);
  const exporter = useRef<MapExporter | null>(null);
  const [legend, setLegend] = useState<LegendSize | null>(null);
  // Then and now (issue 19): the sourced progress record, loaded after the projects.
  const progress = useProgress(data.projects, state);
  usePublishProgressView(store, progress, state.mapView, projects.all);
  const userLayers = useUserLayers(state.tab);
  const moreNotices = useMemo(
    () => [...presenter.notices, ...progress.notices, ...userLayers.notices],
    [presenter.notices, progress.notices, userLayers.notices],
  );
  const { notices, dismiss } = useNotices({
    language,
    data,
    basemap: basemapChoice,
    urlNotices: state.urlNotices,
    mapError,
    webGl,
    more: moreNotices,
  });
  const selected = selectedId ? projects.byId.get(selectedId) : undefined;
  const userFeature = selected ? null : userLayers.selectedFeature;
  const dragging = useDropIntoLayers(store, userLayers.addFiles, !state.embed && !state.present);
  useDocumentLanguage(language);

  const { select, selectOnMap, hover, frameProject } = useSelection(store, state, projects);
  const searchPick = useSearchPick(store, select, userLayers);
  const outline = data.basemap?.collections["city-outline"];
  const home = useMemo(() => (outline ? cityBounds(outline) : null), [outline]);
  useSheetCamera(store, home);
  const globalState = useMapGlobalState(state, progress.stages, presenter.asideIds);
  const hiddenIds = useMapHiddenIds(projects.hiddenIds, presenter.asideIds);
  const highlight = useMapHighlight(state, presenter.spotlightIds);
  const padding = mapPadding({
    narrow,
    detailOpen: Boolean(selected || userFeature),
    presenting: state.present,
    width: window.innerWidth,
    height: window.innerHeight,
    overlay: presenter.boxes,
    legend,
  });

  return (
    <TextProvider language={language}>
      <div
        className={`app${state.embed ? " is-embed" : ""}${selected || userFeature ? " has-detail" : ""}${state.present ? " is-presenting" : ""}`}
      >
        <AppHeader
          store={store}
          query={filters.query}
          onPick={searchPick.pick}
          onShowAll={searchPick.showAll}
          userLayers={userLayers.layers}
          onPickUserFeature={searchPick.pickUserFeature}
          onPresent={enterPresentation}
        />
        <NoticeList notices={notices} onDismiss={dismiss} />
        <main className="layout">
          <MapSection
            state={state}
            data={data}
            projects={projects}
            theme={state.present ? PRESENTATION_THEME : STANDARD_THEME}
            exporter={exporter}
            planner={planner}
            basemapChoice={basemapChoice}
            webGl={webGl}
            reducedMotion={reducedMotion}
            narrow={narrow}
            globalState={globalState}
            highlight={highlight}
            hiddenIds={hiddenIds}
            padding={padding}
            onLegendSize={setLegend}
            userLayers={{ userLayers: userLayers.layers, onUserFeature: userLayers.select }}
            handlers={{
              onSelect: selectOnMap,
              onHover: hover,
              onCameraChange: (camera) => store.update(actions.setCamera(camera)),
              onError: setMapError,
              onUnavailable,
            }}
          />
          <Sidebar
            store={store}
            state={state}
            data={data}
            projects={projects}
            planner={planner}
            userLayers={userLayers}
            basemapChoice={basemapChoice}
            narrow={narrow}
            onSelect={select}
            onHover={hover}
          />
          <DetailArea
            store={store}
            filters={filters}
            narrow={narrow}
            selected={selected}
            userFeature={userFeature}
            userLayers={userLayers}
            onFrame={frameProject}
          />
        </main>
        <FileDropOverlay visible={dragging} />
        <AppEngines
          store={store}
          state={state}
          data={data}
          projects={projects}
          exporter={exporter}
          enterPresentation={enterPresentation}
          onPresenter={setPresenter}
          onPlanner={setPlanner}
        />
      </div>
    </TextProvider>
  );
}
