// The presenter's and the planner's engines: the hooks that drive each feature, in chunks of their own so
// the first script stays under its 100 kB budget. They draw nothing of their own but the presentation
// overlay; each hands up what the rest of the page needs (onPresenter, onPlanner).
import { type RefObject, useRef } from "react";
import { withLaterTexts } from "../../i18n/load-later-texts";
import type { MapExporter } from "../../map/export-png";
import type { AppState } from "../../state/app/app-state";
import type { AppStore } from "../../state/app/app-store";
import type { AppData } from "../../state/app/use-app-data";
import { useOpenedOnce } from "../../state/app/use-opened-once";
import type { DerivedProjects } from "../../state/app/use-projects";
import { useSettled } from "../../state/app/use-settled";
import type { Planner } from "../../state/planner/use-planner";
import type { PresenterView } from "../../state/presenter/presenter-view";
import type { PlannerEngine } from "../planner/planner-engine";
import type { PresenterEngine } from "../presenter/presenter-engine";
import { PresenterPrintImage } from "../presenter/presenter-print-image";
import { LazyPart } from "./lazy-part";
import { preloadable } from "./preloadable";
import { useText } from "./text-context";

// Fetched as this module runs, not after the later texts: a presentation may start at any moment (P, the
// button, a present=1 link), and a bad tour's notice should be up before the map starts drawing (a
// notice arriving mid-start resizes the map, which then draws twice). The engine reads texts through
// useText(), so it draws again once the later texts arrive.
const loadPresenterEngine = preloadable(() =>
  import("../presenter/presenter-engine").then((module): typeof PresenterEngine => module.PresenterEngine),
);
void loadPresenterEngine().catch(() => undefined); // a failure shows where the part mounts, with Retry
// Fetched at a settled moment after start-up, or at once when the planner's tab opens, with the later
// texts its labels and exports use.
const loadPlannerEngine = preloadable(
  withLaterTexts(() =>
    import("../planner/planner-engine").then((module): typeof PlannerEngine => module.PlannerEngine),
  ),
);

interface AppEnginesProps {
  store: AppStore;
  state: AppState;
  data: AppData;
  projects: DerivedProjects;
  exporter: RefObject<MapExporter | null>; // the map writes it; export and print read it
  enterPresentation: () => void;
  onPresenter: (view: PresenterView) => void; // stable (a state setter)
  onPlanner: (planner: Planner) => void; // likewise
}

export function AppEngines({ store, state, data, projects, exporter, ...props }: AppEnginesProps) {
  const { t } = useText();
  const printImage = useRef<HTMLImageElement | null>(null);
  const plannerWanted = useOpenedOnce(useSettled() || state.tab === "planner");
  // Every file in: the tour is checked against all projects, never against those arrived so far; a
  // file that failed leaves its projects' ids unknown, and the slides naming them wait, unblamed.
  const projectsLoaded = data.projects !== null && data.projects.pending.length === 0;

  return (
    <>
      <LazyPart
        load={loadPresenterEngine}
        part="partPresenter"
        className="floating-failure"
        loading={null}
        props={{
          store,
          state,
          projects,
          projectsLoaded,
          loadedProjects: data.projects,
          basemap: data.basemap?.collections ?? null,
          exporter,
          printImage,
          enter: props.enterPresentation,
          onView: props.onPresenter,
        }}
      />
      <PresenterPrintImage image={printImage} label={t("map")} />
      {plannerWanted ? (
        <LazyPart
          load={loadPlannerEngine}
          part="partPlanner"
          className="floating-failure"
          loading={null}
          props={{
            store,
            state,
            features: data.projects?.features,
            visible: projects.visible,
            counties: data.basemap?.collections.counties,
            onPlanner: props.onPlanner,
          }}
        />
      ) : null}
    </>
  );
}
