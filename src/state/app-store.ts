// The app's state: what a link restores (ViewState) plus what only lives in this tab.
import { DEFAULT_FILTERS, type ProjectFilters } from "../filters/project-filters";
import { createStore } from "./store";
import type { UrlNotice } from "./url-state";
import type { Camera, ViewState } from "./view-state";

export interface AppState extends ViewState {
  hoveredId: string | null;
  urlNotices: UrlNotice[];
  // A camera the map should move to (a link applied while open, a tour slide); the key makes a
  // repeated request to the same camera distinct. The map's own moves only update `camera`.
  cameraRequest: (Camera & { key: number }) | null;
}

export function createAppStore(view: ViewState, urlNotices: UrlNotice[]) {
  return createStore<AppState>({ ...view, hoveredId: null, urlNotices, cameraRequest: null });
}

export type AppStore = ReturnType<typeof createAppStore>;

export const actions = {
  setFilters: (change: Partial<ProjectFilters>) => (state: AppState) => ({
    ...state,
    filters: { ...state.filters, ...change },
  }),
  clearFilters: () => (state: AppState) => ({ ...state, filters: DEFAULT_FILTERS }),
  select: (id: string | null) => (state: AppState) =>
    state.selectedId === id ? state : { ...state, selectedId: id },
  hover: (id: string | null) => (state: AppState) =>
    state.hoveredId === id ? state : { ...state, hoveredId: id },
  setCamera: (camera: Camera) => (state: AppState) => ({ ...state, camera }),
  requestCamera: (camera: Camera) => (state: AppState) => ({
    ...state,
    camera,
    cameraRequest: { ...camera, key: (state.cameraRequest?.key ?? 0) + 1 },
  }),
  toggleLanguage: () => (state: AppState) =>
    ({ ...state, language: state.language === "zh" ? "en" : "zh" }) as AppState,
  dismissUrlNotices: () => (state: AppState) => ({ ...state, urlNotices: [] }),
};
