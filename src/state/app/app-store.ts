// The app's state: what a link restores (ViewState) plus what only lives in this tab, and the pure
// actions that change it. Effects (full screen, keys, timers, the map itself) live in hooks.
import { DEFAULT_FILTERS, type ProjectFilters } from "../../filters/project-filters";
import type { Camera } from "../../geo/camera";
import type { Bounds } from "../../geo/coordinates";
import type { PlanTargetRequest } from "../plan-text/plan-target";
import { plannerActions } from "../planner/planner-actions";
import { type AppState, initialAppState } from "./app-state";
import { createStore } from "./store";
import type { UrlNotice } from "./url-state";
import type { ViewState } from "./view-state";

export function createAppStore(view: ViewState, urlNotices: UrlNotice[]) {
  return createStore<AppState>(initialAppState(view, urlNotices));
}

export type AppStore = ReturnType<typeof createAppStore>;
type Action = (state: AppState) => AppState;

function nextKey(state: AppState): number {
  return (state.cameraRequest?.key ?? 0) + 1;
}

export const actions = {
  setFilters:
    (change: Partial<ProjectFilters>): Action =>
    (state) => ({ ...state, filters: { ...state.filters, ...change } }),
  clearFilters: (): Action => (state) => ({ ...state, filters: DEFAULT_FILTERS }),
  select:
    (id: string | null): Action =>
    (state) =>
      state.selectedId === id ? state : { ...state, selectedId: id },
  hover:
    (id: string | null): Action =>
    (state) =>
      state.hoveredId === id ? state : { ...state, hoveredId: id },
  setCamera:
    (camera: Camera): Action =>
    (state) => ({ ...state, camera }),
  requestCamera:
    (camera: Camera): Action =>
    (state) => ({ ...state, camera, cameraRequest: { kind: "camera", camera, key: nextKey(state) } }),
  // maxZoom: how close the frame may go (MAP_LIMITS.frameMaxZoom unless said).
  requestFrame:
    (bounds: Bounds, options: { keepZoom?: boolean; maxZoom?: number } = {}): Action =>
    (state) => ({ ...state, cameraRequest: { kind: "frame", bounds, ...options, key: nextKey(state) } }),
  // The projects tab shows its list first (issue 28).
  showResults: (): Action => (state) => ({ ...state, tab: "projects", resultsKey: state.resultsKey + 1 }),
  setTab:
    (tab: ViewState["tab"]): Action =>
    (state) =>
      state.tab === tab ? state : { ...state, tab },
  toggleLanguage: (): Action => (state) => ({ ...state, language: state.language === "zh" ? "en" : "zh" }),
  dismissUrlNotices: (): Action => (state) => ({ ...state, urlNotices: [] }),
  // Planner: setDistance, setCatchments, toggleCatchment, selectCounty (planner-actions.ts).
  ...plannerActions,
  // The plan beside the map (issue 16).
  openPlan:
    (target: PlanTargetRequest): Action =>
    (state) => ({
      ...state,
      tab: "plan",
      planTarget: { ...target, key: (state.planTarget?.key ?? 0) + 1 },
    }),
  highlightPlan:
    (ids: readonly string[]): Action =>
    (state) =>
      state.planHighlightIds.join() === ids.join() ? state : { ...state, planHighlightIds: [...ids] },
};
