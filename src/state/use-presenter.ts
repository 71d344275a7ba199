// Presentation mode: a full-screen guided tour of the plan driven by data/tour.json. The steps (enter,
// leave, go, step) are pure store actions (presenter-actions.ts); this hook keeps the effects: full
// screen, the keys, the timers, applying each slide's filters and camera, the theme and the export.
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { exitFullscreen, requestFullscreen } from "../browser/fullscreen";
import type { Problem } from "../data/problem";
import { slideFilters, slideShows } from "../filters/slide-filters";
import { boundsOf } from "../geo/coordinates";
import { PRESENTATION_THEME, STANDARD_THEME } from "../layers/theme";
import type { MapExporter } from "../map/export-png";
import { type AppState, type AppStore, actions } from "./app-store";
import type { Notice } from "./notice";
import { presenterActions } from "./presenter-actions";
import { useAutoplay } from "./presenter-autoplay";
import { exportDecorations, exportPng, usePrintImage } from "./presenter-export";
import { isTextEntry, type PresenterCommand, presenterCommand } from "./presenter-keys";
import { tourNotices, useTour } from "./presenter-tour";
import type { DerivedProjects } from "./use-projects";

const NO_SPOTLIGHT: string[] = [];

interface PresenterInputs {
  store: AppStore;
  state: AppState;
  projects: DerivedProjects;
  projectsLoaded: boolean;
}

export function usePresenter({ store, state, projects, projectsLoaded }: PresenterInputs) {
  const { present, language } = state;
  const properties = useMemo(
    () => (projectsLoaded ? projects.all.map((feature) => feature.properties) : null),
    [projects.all, projectsLoaded],
  );
  const { tour, problems } = useTour(properties);
  const count = tour.slides.length;
  const index = present && count > 0 ? Math.min(Math.max((state.slide ?? 1) - 1, 0), count - 1) : -1;
  const slide = tour.slides[index] ?? null;
  const theme = present ? PRESENTATION_THEME : STANDARD_THEME;
  const [autoplay, setAutoplay] = useState(false);
  const [exportProblem, setExportProblem] = useState<string | null>(null);
  const exporter = useRef<MapExporter | null>(null);
  const wasFullscreen = useRef(false);

  const go = useCallback(
    (target: number) => store.update(presenterActions.go(target, count)),
    [store, count],
  );
  const enter = useCallback(() => {
    if (store.get().present) return;
    requestFullscreen();
    store.update(presenterActions.enter());
  }, [store]);
  const leave = useCallback(() => {
    setAutoplay(false);
    exitFullscreen();
    store.update(presenterActions.leave());
  }, [store]);

  const run = useCallback(
    (command: PresenterCommand) => {
      if (command.type === "enter") enter();
      else if (command.type === "leave") leave();
      else if (command.type === "toggle-autoplay") setAutoplay((value) => !value);
      else if (command.type === "go") go(command.index);
      else store.update(presenterActions.step(command.by, count));
    },
    [enter, leave, go, store, count],
  );

  // Capture phase: a clicker's PageDown or an arrow must turn the slide, not pan a focused map.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (isTextEntry(event.target)) return;
      const command = presenterCommand(event, store.get().present, count);
      if (!command) return;
      event.preventDefault();
      event.stopPropagation();
      run(command);
    };
    window.addEventListener("keydown", onKey, true);
    return () => window.removeEventListener("keydown", onKey, true);
  }, [store, count, run]);

  // The browser's own Escape (or F11) ends full screen without a key event reaching the page.
  useEffect(() => {
    const onChange = () => {
      if (document.fullscreenElement) wasFullscreen.current = true;
      else if (wasFullscreen.current) {
        wasFullscreen.current = false;
        if (store.get().present) leave();
      }
    };
    document.addEventListener("fullscreenchange", onChange);
    return () => document.removeEventListener("fullscreenchange", onChange);
  }, [store, leave]);

  // Keep the URL's slide number within the tour (a link to slide 12 of a 9-slide tour shows slide 9).
  useEffect(() => {
    if (index >= 0 && state.slide !== index + 1) go(index);
  }, [index, state.slide, go]);

  // Apply the slide: its filters at once, its camera after the layout has settled into full screen
  // (two frames), so a "fit" frames the projects in the map's final size.
  const shownProjects = useRef(projects.all);
  shownProjects.current = projects.all;
  useEffect(() => {
    if (!slide) return;
    store.update((current) => ({ ...current, filters: slideFilters(slide), selectedId: null }));
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => {
        if (slide.camera !== "fit") store.update(actions.requestCamera(slide.camera));
        else {
          const features = shownProjects.current.filter((feature) => slideShows(slide, feature.properties));
          if (features.length > 0)
            store.update(actions.requestFrame(boundsOf({ type: "FeatureCollection", features })));
        }
      });
    });
    return () => cancelAnimationFrame(frame);
  }, [slide, store]);

  useAutoplay(autoplay && present, index, count, go);

  const decorations = () => exportDecorations(language, theme, slide, projects.visible);
  const printImage = usePrintImage(exporter, decorations);
  const exportImage = () =>
    exportPng(exporter.current, decorations(), slide?.id ?? null).catch((error: unknown) => {
      setExportProblem(error instanceof Error ? error.message : String(error));
      return null;
    });

  const notices = useMemo(() => {
    const list: Notice[] = [...tourNotices(problems as Problem[])];
    if (exportProblem) {
      list.push({
        id: `export-${exportProblem}`,
        tone: "error",
        message: "exportFailed",
        values: { message: exportProblem },
      });
    }
    return list;
  }, [problems, exportProblem]);

  return {
    present,
    slide,
    index,
    count,
    theme,
    spotlightIds: slide?.highlight ?? NO_SPOTLIGHT,
    autoplay,
    toggleAutoplay: () => setAutoplay((value) => !value),
    enter,
    leave,
    go,
    step: (by: 1 | -1) => run({ type: "step", by }),
    exporter,
    exportImage,
    printImage,
    notices,
  };
}

export type Presenter = ReturnType<typeof usePresenter>;
