// The sidebar: the project list with its filters, the planner, the plan text and the user's own layers,
// each tab's panel loaded when the tab first opens (behind an error boundary with Retry).
import { useCallback, useEffect } from "react";
import { whenSettled } from "../../browser/when-settled";
import type { Bounds } from "../../geo/coordinates";
import { withLaterTexts } from "../../i18n/load-later-texts";
import type { AppState } from "../../state/app/app-state";
import { type AppStore, actions } from "../../state/app/app-store";
import type { AppData } from "../../state/app/use-app-data";
import { useOpenedOnce } from "../../state/app/use-opened-once";
import type { DerivedProjects } from "../../state/app/use-projects";
import type { BasemapChoice } from "../../state/map-area/use-basemap-choice";
import type { Planner } from "../../state/planner/use-planner";
import type { UserLayers } from "../../state/your-layers/use-user-layers";
import { ProjectsPanel } from "../projects/projects-panel";
import { UserLayersContext } from "../your-layers/user-layers-context";
import { LazyPart } from "./lazy-part";
import { preloadable } from "./preloadable";
import { SidebarTabs } from "./sidebar-tabs";
import { useText } from "./text-context";

// Each panel waits for its feature's texts, which load beside it (i18n/load-later-texts.ts).
// The planner's panel also loads at a settled moment after start-up, so its tab opens at once.
const loadPlannerPanel = preloadable(
  withLaterTexts(() => import("../planner/planner-panel").then((module) => module.PlannerPanel)),
);
const loadUserLayersPanel = withLaterTexts(() =>
  import("../your-layers/user-layers-panel").then((module) => module.UserLayersPanel),
);
// Only a deployment that offers online basemaps (config.json) shows the switch.
const loadBasemapSwitch = withLaterTexts(() =>
  import("../map-area/basemap-switch").then((module) => module.BasemapSwitch),
);
const loadPlanPanel = withLaterTexts(() =>
  import("../plan-text/plan-panel").then((module) => module.PlanPanel),
);

interface SidebarProps {
  store: AppStore;
  state: AppState;
  data: AppData;
  projects: DerivedProjects;
  planner: Planner | null; // null until the planner's engine has loaded
  userLayers: UserLayers;
  basemapChoice: BasemapChoice;
  narrow: boolean;
  onSelect: (id: string | null) => void;
  onHover: (id: string | null) => void;
}

export function Sidebar(props: SidebarProps) {
  const { store, state, data, projects, planner, userLayers, basemapChoice, narrow } = props;
  const { filters, selectedId } = state;
  const select = props.onSelect;
  const hover = props.onHover;
  const { t } = useText();
  const planOpened = useOpenedOnce(state.tab === "plan");
  const highlightPlan = useCallback(
    (ids: readonly string[]) => store.update(actions.highlightPlan(ids)),
    [store],
  );
  // Stable, so the memoised filter panel is not drawn again for every change elsewhere on the page.
  const setFilters = useCallback(
    (change: Partial<AppState["filters"]>) => store.update(actions.setFilters(change)),
    [store],
  );
  const clearFilters = useCallback(() => store.update(actions.clearFilters()), [store]);
  useEffect(() => {
    // A failed early download is no error yet: opening the tab tries again and says what failed.
    void whenSettled()
      .then(loadPlannerPanel)
      .catch(() => undefined);
  }, []);
  return (
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
              selected={selectedId ? projects.byId.get(selectedId) : undefined}
              hoveredId={state.hoveredId}
              resultsKey={state.resultsKey}
              basemapSwitch={
                basemapChoice.config.basemaps.length < 2 ? null : (
                  <LazyPart
                    load={loadBasemapSwitch}
                    part="partBasemap"
                    loading={null}
                    props={{
                      config: basemapChoice.config,
                      activeId: basemapChoice.activeId,
                      onChoose: basemapChoice.choose,
                    }}
                  />
                )
              }
              onFilters={setFilters}
              onClearFilters={clearFilters}
              onSelect={select}
              onHover={hover}
            />
          ),
          // Mounted (and its chunk fetched) when the tab is first opened, not hidden at start-up.
          planner: planner?.opened ? (
            <UserLayersContext.Provider
              value={{
                layers: userLayers.layers,
                projects: data.projects?.features,
                counties: data.basemap?.collections.counties,
                visible: projects.visible,
              }}
            >
              <LazyPart
                load={loadPlannerPanel}
                part="partPlanner"
                loading={<p className="hint">{t("loadingData")}</p>}
                props={{ planner, nameOf: planner.nameOf, onSelectProject: select }}
              />
            </UserLayersContext.Provider>
          ) : state.tab === "planner" ? (
            <p className="hint">{t("loadingData")}</p>
          ) : null,
          layers: userLayers.opened ? (
            <LazyPart
              load={loadUserLayersPanel}
              part="partLayers"
              loading={<p className="hint">{t("loadingData")}</p>}
              props={{
                userLayers,
                onFrame: (bounds: Bounds) => store.update(actions.requestFrame(bounds)),
              }}
            />
          ) : null,
          plan: planOpened ? (
            <LazyPart
              load={loadPlanPanel}
              part="partPlan"
              loading={<p className="hint">{t("planLoading")}</p>}
              props={{
                features: data.projects?.features,
                narrow: narrow,
                selectedId: selectedId,
                target: state.planTarget,
                onSelectProject: select,
                onHighlight: highlightPlan,
                filters,
                indexed: projects.byId,
                onFilters: (change: Partial<typeof filters>) => store.update(actions.setFilters(change)),
              }}
            />
          ) : null,
        }}
      />
    </aside>
  );
}
