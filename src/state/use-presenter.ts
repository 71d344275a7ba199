// Presentation mode: a full-screen guided tour of the plan driven by data/tour.json. Owns entering and
// leaving, the keys, the slide in the URL, applying each slide's filters and camera, autoplay, the theme
// and highlight the map receives, and the PNG export. App only wires what this returns.

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { boundsOf } from "../data/coordinates";
import type { Problem } from "../data/problem";
import { slideFilters, slideShows } from "../data/tour-schema";
import { DEFAULT_FILTERS, type ProjectFilters } from "../filters/project-filters";
import { translate } from "../i18n/messages";
import { PRESENTATION_THEME, STANDARD_THEME } from "../layers/theme";
import type { MapExporter } from "../map/export-png";
import type { Notice } from "../ui/notice-list";
import { type AppState, type AppStore, actions } from "./app-store";
import { useAutoplay } from "./presenter-autoplay";
import { exportDecorations, exportPng, usePrintImage } from "./presenter-export";
import { exitFullscreen, requestFullscreen } from "./presenter-fullscreen";
import { isTextEntry, type PresenterCommand, presenterCommand, stepIndex } from "./presenter-keys";
import { tourNotices, useTour } from "./presenter-tour";
import type { DerivedProjects } from "./use-projects";
import type { Camera } from "./view-state";

type Bounds = [number, number, number, number];
const NO_SPOTLIGHT: string[] = [];

interface PresenterInputs {
  store: AppStore;
  state: AppState;
  projects: DerivedProjects;
  projectsLoaded: boolean;
  frameBounds: (bounds: Bounds) => void;
}

export function usePresenter({ store, state, projects, projectsLoaded, frameBounds }: PresenterInputs) {
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
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());
  const exporter = useRef<MapExporter | null>(null);
  const saved = useRef<{ filters: ProjectFilters; camera: Camera | null } | null>(null);
  const wasFullscreen = useRef(false);
  const lastSlide = useRef<number | null>(null); // entering again resumes where the presenter left

  const go = useCallback(
    (target: number) => store.update((current) => ({ ...current, slide: target + 1 })),
    [store],
  );
  const enter = useCallback(() => {
    const current = store.get();
    if (current.present) return;
    saved.current = { filters: current.filters, camera: current.camera };
    requestFullscreen();
    store.update((previous) => ({
      ...previous,
      present: true,
      slide: previous.slide ?? lastSlide.current ?? 1,
      selectedId: null,
    }));
  }, [store]);
  const leave = useCallback(() => {
    const previous = saved.current;
    saved.current = null;
    lastSlide.current = store.get().slide;
    setAutoplay(false);
    exitFullscreen();
    store.update((current) => ({
      ...current,
      present: false,
      slide: null,
      filters: previous?.filters ?? DEFAULT_FILTERS,
    }));
    if (previous?.camera) store.update(actions.requestCamera(previous.camera));
  }, [store]);

  const run = useCallback(
    (command: PresenterCommand) => {
      if (command.type === "enter") enter();
      else if (command.type === "leave") leave();
      else if (command.type === "toggle-autoplay") setAutoplay((value) => !value);
      else if (command.type === "go") go(command.index);
      else go(stepIndex(Math.max(index, 0), command.by, count));
    },
    [enter, leave, go, index, count],
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
          if (features.length > 0) frameBounds(boundsOf({ type: "FeatureCollection", features }) as Bounds);
        }
      });
    });
    return () => cancelAnimationFrame(frame);
  }, [slide, store, frameBounds]);

  useAutoplay(autoplay && present, index, count, go);

  const decorations = () => exportDecorations(language, theme, slide, projects.visible);
  const printImage = usePrintImage(exporter, decorations);
  const exportImage = () =>
    exportPng(exporter.current, decorations(), slide?.id ?? null).catch((error: unknown) => {
      setExportProblem(error instanceof Error ? error.message : String(error));
      return null;
    });

  const notices = useMemo(() => {
    const list: Notice[] = [...tourNotices(language, problems as Problem[])];
    if (exportProblem) {
      const message = translate(language, "exportFailed", { message: exportProblem });
      list.push({ id: `export-${exportProblem}`, tone: "error", message });
    }
    return list.filter((notice) => !dismissed.has(notice.id));
  }, [language, problems, exportProblem, dismissed]);

  return {
    present,
    slide,
    index,
    count,
    theme,
    spotlightIds: slide?.highlight ?? NO_SPOTLIGHT,
    padding: present ? presentationPadding() : null,
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
    dismissNotice: (id: string) => setDismissed((previous) => new Set([...previous, id])),
  };
}

export type Presenter = ReturnType<typeof usePresenter>;

// Room for the caption panel (bottom), the counter and legend (right) around framed projects, in pixels.
function presentationPadding() {
  const width = window.innerWidth;
  const height = window.innerHeight;
  return {
    top: Math.round(height * 0.08),
    bottom: Math.round(height * 0.4), // a seven-line English caption reaches 38% of the height
    left: Math.round(width * 0.05),
    right: Math.round(width * 0.22),
  };
}
