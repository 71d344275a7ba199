// Presentation mode: a full-screen guided tour of the plan, data/tour.json or the presenter's own tour
// (tour=mine). The steps (enter, leave, go, step) are pure store actions (presenter-actions.ts); this hook
// keeps the effects: full screen, the keys, the timers, the slide's view, the panels' sizes and the export.
// It loads in a chunk of its own (ui/presenter/presenter-engine.tsx); entering (the P key, the header's button)
// stays in the first script (use-presenter-entry.ts), so a press before this chunk arrives still counts.
import { type RefObject, useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from "react";
import { exitFullscreen } from "../../browser/fullscreen";
import type { BasemapCollections } from "../../data/basemap-schema";
import type { LoadedProjects } from "../../data/load-projects";
import type { SlideView, Tour } from "../../data/tour-schema";
import type { ProjectFilters } from "../../filters/project-filters";
import { translate } from "../../i18n/messages";
import { PRESENTATION_THEME, STANDARD_THEME } from "../../layers/theme";
import type { MapExporter } from "../../map/export-png";
import type { AppState } from "../app/app-state";
import { type AppStore, actions } from "../app/app-store";
import { failureNotice, type Notice } from "../app/notice";
import type { DerivedProjects } from "../app/use-projects";
import type { PresenterBoxes } from "../map-area/map-padding";
import { presenterActions } from "./presenter-actions";
import { useAutoplay } from "./presenter-autoplay";
import { exportDecorations, exportPng, usePrintImage } from "./presenter-export";
import { tourSlug } from "./presenter-files";
import type { PresenterCommand } from "./presenter-keys";
import { useOwnTour } from "./presenter-own-tour";
import { useSlideView } from "./presenter-slide-view";
import { useTour } from "./presenter-tour";
import { useFullscreenExit, usePresenterKeys } from "./use-presenter-keys";

const NO_IDS: string[] = [];
const EMPTY_TOUR: Tour = { slides: [] };

export interface PresenterInputs {
  store: AppStore;
  state: AppState;
  projects: DerivedProjects;
  projectsLoaded: boolean;
  loadedProjects?: LoadedProjects | null; // as loaded: slides naming a project that did not load wait for it
  basemap: BasemapCollections | null;
  // Owned by the page: the map writes the first, the printed page shows the second.
  exporter: RefObject<MapExporter | null>;
  printImage: RefObject<HTMLImageElement | null>;
  enter: () => void; // use-presenter-entry.ts
}

export function usePresenter(inputs: PresenterInputs) {
  const { store, state, projects, projectsLoaded, basemap, exporter, enter } = inputs;
  const { present, language } = state;
  // Deferred: checking the tour against every project (≈ 250 ms at 10,000 projects on one core) waits
  // for a render of its own, after the commit that creates the map, instead of holding the map back.
  const properties = useDeferredValue(
    useMemo(
      () => (projectsLoaded ? projects.all.map((feature) => feature.properties) : null),
      [projects.all, projectsLoaded],
    ),
  );
  const { tour: planTour, notices: tourNotices } = useTour(properties, inputs.loadedProjects ?? null);
  const own = useOwnTour(properties);
  // null until the presenter starts a tour of their own (empty, or a copy of the plan's).
  const ownTour = own.tour;
  const mine = state.tour === "mine";
  const tour = mine ? (ownTour ?? EMPTY_TOUR) : planTour;
  const count = tour.slides.length;
  const index = present && count > 0 ? Math.min(Math.max((state.slide ?? 1) - 1, 0), count - 1) : -1;
  const slide = tour.slides[index] ?? null;
  const theme = present ? PRESENTATION_THEME : STANDARD_THEME;
  const [autoplay, setAutoplay] = useState(false);
  const [exportProblem, setExportProblem] = useState<string | null>(null);
  const wasFullscreen = useRef(false);
  const [boxes, setBoxes] = useState<PresenterBoxes>({});
  const [editing, setEditing] = useState(false);
  // The projects ticked in the editor's form: outlined on the map while the slide is being made.
  const [draftHighlight, setDraftHighlight] = useState<string[]>(NO_IDS);
  const editingNow = useRef(editing);
  editingNow.current = editing;

  const go = useCallback(
    (target: number) => store.update(presenterActions.go(target, count)),
    [store, count],
  );
  const leave = useCallback(() => {
    setAutoplay(false);
    setEditing(false);
    // The panels are measured afresh when the presentation starts again (the window may have changed).
    setBoxes({});
    wasFullscreen.current = false;
    exitFullscreen();
    store.update(presenterActions.leave());
  }, [store]);
  const run = useCallback(
    (command: Exclude<PresenterCommand, { type: "enter" }>) => {
      // Escape closes the tour editor first; a second Escape leaves the presentation.
      if (command.type === "leave" && editingNow.current) setEditing(false);
      else if (command.type === "leave") leave();
      else if (command.type === "toggle-autoplay") setAutoplay((value) => !value);
      else if (command.type === "go") go(command.index);
      else store.update(presenterActions.step(command.by, count));
    },
    [leave, go, store, count],
  );
  usePresenterKeys(store, count, run);
  useFullscreenExit(store, leave, wasFullscreen);

  // Keep the URL's slide number within the tour (a link to slide 12 of a 9-slide tour shows slide 9).
  useEffect(() => {
    if (index >= 0 && state.slide !== index + 1) go(index);
  }, [index, state.slide, go]);

  const cityName = translate(language, "presenterCityName");
  const room = Object.keys(boxes).length > 0 ? JSON.stringify(boxes) : null;
  const view = useSlideView({ store, slide, all: projects.all, basemap, theme, cityName, editing, room });
  useAutoplay(autoplay && present && !editing, index, count, go);

  // The tour's name, on the exported slide and in its file name.
  const titles = mine ? ownTour : planTour;
  const title =
    (language === "zh" ? titles?.title_zh : titles?.title_en) ??
    translate(language, mine ? "tourMine" : "tourPlan");
  const position = slide
    ? `${title} · ${translate(language, "presenterCounter", { current: index + 1, total: count })}`
    : "";
  const decorations = () => exportDecorations(language, theme, slide, projects.visible, view.inset, position);
  const composer = usePrintImage(exporter, decorations, inputs.printImage);
  const fileSlide = slide
    ? { tour: tourSlug(titles ?? {}, mine ? "my-tour" : "plan-tour"), number: index + 1 }
    : null;
  const exportImage = () =>
    exportPng(exporter.current, decorations(), fileSlide).catch((error: unknown) => {
      setExportProblem(error instanceof Error ? error.message : String(error));
      return null;
    });

  const notices = useMemo(() => {
    const list: Notice[] = [...tourNotices];
    if (composer.failure)
      list.push(failureNotice("export-code", "partExport", composer.failure, composer.retry));
    if (exportProblem) {
      list.push({
        id: `export-${exportProblem}`,
        tone: "error",
        message: "exportFailed",
        values: { message: exportProblem },
      });
    }
    return list;
  }, [tourNotices, exportProblem, composer.failure, composer.retry]);

  const spotlightIds = editing && draftHighlight.length > 0 ? draftHighlight : (slide?.highlight ?? NO_IDS);
  return {
    present,
    slide,
    index,
    count,
    theme,
    spotlightIds,
    asideIds: present ? view.asideIds : NO_IDS,
    requestKey: view.requestKey,
    inset: view.inset,
    boxes,
    setBoxes,
    editing,
    setEditing,
    setDraftHighlight,
    planTour,
    ownTour,
    own,
    properties,
    tourChoice: state.tour,
    mapView: state.mapView,
    year: state.year,
    chooseTour: (choice: AppState["tour"]) =>
      store.update((current) => (current.tour === choice ? current : { ...current, tour: choice })),
    // What the map shows now, as the editor's "this view" controls change it.
    setFilters: (change: Partial<ProjectFilters>) => store.update(actions.setFilters(change)),
    clearFilters: () => store.update(actions.clearFilters()),
    setView: (next: SlideView) =>
      store.update((current) => ({
        ...current,
        mapView: next.mode,
        year: next.mode === "progress" ? (next.year ?? null) : current.year,
      })),
    autoplay,
    toggleAutoplay: () => setAutoplay((value) => !value),
    enter,
    leave,
    go,
    // After an edit the tour may have just grown, so this render's count is stale: the slide number is
    // set as asked and the effect above brings it within the tour.
    show: (target: number) => store.update(presenterActions.go(target, Number.POSITIVE_INFINITY)),
    step: (by: 1 | -1) => run({ type: "step", by }),
    exporter,
    exportImage,
    notices,
  };
}

export type Presenter = ReturnType<typeof usePresenter>;
