import { describe, expect, it } from "vitest";
import { initialAppState } from "../app/app-state";
import { DEFAULT_VIEW } from "../app/view-state";
import { mapGlobalState } from "./use-map-global-state";

const stages = { "jiaxing-airport": "under-construction", "tongsu-jia-yong-railway": "opened" };

describe("the map's global state", () => {
  it("hands the plan view no progress stages, so the record's arrival changes nothing the map reads", () => {
    const state = initialAppState(DEFAULT_VIEW, []);
    const before = mapGlobalState(state, [], {});
    const after = mapGlobalState(state, [], stages);
    expect(after.progressStages).toEqual({});
    expect(after).toEqual(before);
  });

  it("hands the then-and-now view the stages of the chosen year", () => {
    const state = initialAppState({ ...DEFAULT_VIEW, mapView: "progress" }, []);
    expect(mapGlobalState(state, [], stages).progressStages).toEqual(stages);
    expect(mapGlobalState(state, [], stages).mapView).toBe("progress");
  });

  it("passes what the layers filter and highlight by", () => {
    const state = {
      ...initialAppState(DEFAULT_VIEW, []),
      selectedId: "jiaxing-airport",
      planHighlightIds: ["a"],
    };
    const global = mapGlobalState(state, ["b"], {});
    expect(global.selectedId).toBe("jiaxing-airport");
    expect(global.hoveredId).toBe("");
    expect(global.spotlightIds).toEqual(["b"]);
    expect(global.planHighlightIds).toEqual(["a"]);
    expect(global.language).toBe("zh");
  });
});
