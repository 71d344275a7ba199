// The app's state: what a link restores (ViewState) plus what only lives in this tab.
import { DEFAULT_FILTERS, type ProjectFilters } from "../filters/project-filters";
import { createStore } from "./store";
import type { UrlNotice } from "./url-state";
import type { Camera, ViewState } from "./view-state";

export interface AppState extends ViewState {
  hoveredId: string | null;
  urlNotices: UrlNotice[];
}

export function createAppStore(view: ViewState, urlNotices: UrlNotice[]) {
  return createStore<AppState>({ ...view, hoveredId: null, urlNotices });
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
  toggleLanguage: () => (state: AppState) =>
    ({ ...state, language: state.language === "zh" ? "en" : "zh" }) as AppState,
  dismissUrlNotices: () => (state: AppState) => ({ ...state, urlNotices: [] }),
};
