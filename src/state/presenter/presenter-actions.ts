// The presenter's steps as pure store actions, so entering, turning and leaving the tour can be tested in
// Node; state/presenter/use-presenter.ts keeps only the effects (full screen, keys, timers).
import { DEFAULT_FILTERS } from "../../filters/project-filters";
import type { AppState } from "../app/app-state";
import { stepIndex } from "./presenter-keys";

type Action = (state: AppState) => AppState;

export const presenterActions = {
  enter: (): Action => (state) =>
    state.present
      ? state
      : {
          ...state,
          present: true,
          slide: state.slide ?? state.lastSlide ?? 1,
          selectedId: null,
          hoveredId: null,
          beforeTour: {
            filters: state.filters,
            camera: state.camera,
            selectedId: state.selectedId,
            language: state.language,
            tab: state.tab,
            mapView: state.mapView,
            year: state.year,
          },
        },
  // Puts back the filters, selection, language, sidebar tab, map view and camera from before the tour,
  // exactly.
  leave: (): Action => (state) => {
    if (!state.present) return state;
    const before = state.beforeTour;
    const camera = before?.camera ?? null;
    return {
      ...state,
      present: false,
      slide: null,
      lastSlide: state.slide,
      beforeTour: null,
      filters: before?.filters ?? DEFAULT_FILTERS,
      selectedId: before?.selectedId ?? null,
      language: before?.language ?? state.language,
      tab: before?.tab ?? state.tab,
      mapView: before?.mapView ?? state.mapView,
      year: before ? before.year : state.year,
      camera: camera ?? state.camera,
      cameraRequest: camera
        ? { kind: "camera", camera, key: (state.cameraRequest?.key ?? 0) + 1 }
        : state.cameraRequest,
    };
  },
  // 0-based slide index, clamped to the tour.
  go:
    (index: number, count: number): Action =>
    (state) => {
      if (count <= 0) return state;
      const slide = Math.min(Math.max(index, 0), count - 1) + 1;
      return state.slide === slide ? state : { ...state, slide };
    },
  step:
    (by: 1 | -1, count: number): Action =>
    (state) =>
      count <= 0 ? state : { ...state, slide: stepIndex(Math.max((state.slide ?? 1) - 1, 0), by, count) + 1 },
};
