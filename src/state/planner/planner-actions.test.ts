import { describe, expect, it } from "vitest";
import { type AppState, initialAppState } from "../app/app-state";
import { parseViewState, serialiseViewState } from "../app/url-state";
import { DEFAULT_VIEW } from "../app/view-state";
import { plannerActions } from "./planner-actions";

const start = initialAppState(DEFAULT_VIEW, []);

describe("the planner's store actions", () => {
  it("keep N to the link's two decimals, and the same state for the same N", () => {
    const next = plannerActions.setDistance(3.456)(start);
    expect(next.distance).toBe(3.46);
    expect(plannerActions.setDistance(3.46)(next)).toBe(next);
  });

  it("keep the catchments in a fixed order without repeats", () => {
    const next = plannerActions.setCatchments(["waterway", "railway", "waterway"])(start);
    expect(next.catchments).toEqual(["railway", "waterway"]);
    expect(plannerActions.toggleCatchment("railway", false)(next).catchments).toEqual(["waterway"]);
    expect(plannerActions.toggleCatchment("highway", true)(next).catchments).toEqual([
      "railway",
      "highway",
      "waterway",
    ]);
  });

  it("select a county and clear it", () => {
    const next = plannerActions.selectCounty("330424")(start);
    expect(next.selectedCounty).toBe("330424");
    expect(plannerActions.selectCounty(null)(next).selectedCounty).toBeNull();
  });

  it("give a state whose link opens the same planner view", () => {
    const state = [
      plannerActions.setDistance(12.345),
      plannerActions.setCatchments(["highway", "railway"]),
      plannerActions.selectCounty("330481"),
    ].reduce((current, action) => action(current), { ...start, tab: "planner" } as AppState);
    const link = serialiseViewState(state);
    expect(link).toBe("?tab=planner&distance=12.35&catchments=railway,highway&select=330481");
    const { view, notices } = parseViewState(link);
    expect(notices).toEqual([]);
    expect(view).toMatchObject({
      tab: "planner",
      distance: 12.35,
      catchments: ["railway", "highway"],
      selectedCounty: "330481",
    });
  });
});
