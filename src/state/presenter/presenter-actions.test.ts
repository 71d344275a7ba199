import { describe, expect, it } from "vitest";
import { DEFAULT_FILTERS } from "../../filters/project-filters";
import { type AppState, initialAppState } from "../app/app-state";
import { DEFAULT_VIEW } from "../app/view-state";
import { presenterActions } from "./presenter-actions";

const before: AppState = {
  ...initialAppState(DEFAULT_VIEW, []),
  filters: { ...DEFAULT_FILTERS, layers: ["railway"], query: "杭海" },
  camera: { longitude: 120.75, latitude: 30.75, zoom: 10 },
  selectedId: "hangzhou-haining-intercity-railway",
  language: "en",
  tab: "planner",
};

describe("presenter actions", () => {
  it("enters at slide 1, closes the details and remembers the view", () => {
    const presenting = presenterActions.enter()(before);
    expect(presenting.present).toBe(true);
    expect(presenting.slide).toBe(1);
    expect(presenting.selectedId).toBeNull();
    expect(presenting.beforeTour?.camera).toEqual(before.camera);
  });

  it("does nothing when entering twice", () => {
    const presenting = presenterActions.enter()(before);
    expect(presenterActions.enter()(presenting)).toBe(presenting);
  });

  it("leaves with filters, selection, language, sidebar tab and exactly the camera from before", () => {
    let state = presenterActions.enter()(before);
    state = {
      ...state,
      filters: DEFAULT_FILTERS,
      language: "zh",
      tab: "projects",
      camera: { longitude: 121, latitude: 31, zoom: 8 },
    };
    state = presenterActions.step(1, 9)(state);
    const left = presenterActions.leave()(state);
    expect(left.present).toBe(false);
    expect(left.slide).toBeNull();
    expect(left.filters).toEqual(before.filters);
    expect(left.selectedId).toBe(before.selectedId);
    expect(left.language).toBe("en");
    expect(left.tab).toBe("planner");
    expect(left.camera).toEqual(before.camera);
    expect(left.cameraRequest).toEqual({ kind: "camera", camera: before.camera, key: 1 });
    expect(left.beforeTour).toBeNull();
  });

  it("resumes at the slide the presenter left", () => {
    let state = presenterActions.enter()(before);
    state = presenterActions.go(4, 9)(state);
    state = presenterActions.leave()(state);
    expect(presenterActions.enter()(state).slide).toBe(5);
  });

  it("keeps slide numbers within the tour", () => {
    const state = presenterActions.enter()(before);
    expect(presenterActions.go(20, 9)(state).slide).toBe(9);
    expect(presenterActions.go(-3, 9)(state).slide).toBe(1);
    expect(presenterActions.step(-1, 9)(state).slide).toBe(1);
    expect(presenterActions.step(1, 9)(presenterActions.go(8, 9)(state)).slide).toBe(9);
    expect(presenterActions.go(2, 0)(state)).toBe(state);
  });

  it("leaves nothing to do when not presenting", () => {
    expect(presenterActions.leave()(before)).toBe(before);
  });
});
