import { describe, expect, it } from "vitest";
import { highlightStates } from "../../layers/project-highlight";
import { initialAppState } from "../app/app-state";
import { DEFAULT_VIEW } from "../app/view-state";
import { mapGlobalState, mapHighlight } from "./use-map-global-state";

const stages = { "jiaxing-airport": "under-construction", "tongsu-jia-yong-railway": "opened" };

describe("the map's global state", () => {
  it("hands the plan view no progress stages, so the record's arrival changes nothing the map reads", () => {
    const state = initialAppState(DEFAULT_VIEW, []);
    const before = mapGlobalState(state, {});
    const after = mapGlobalState(state, stages);
    expect(after.progressStages).toEqual({});
    expect(after).toEqual(before);
  });

  it("hands the then-and-now view the stages of the chosen year", () => {
    const state = initialAppState({ ...DEFAULT_VIEW, mapView: "progress" }, []);
    expect(mapGlobalState(state, stages).progressStages).toEqual(stages);
    expect(mapGlobalState(state, stages).mapView).toBe("progress");
  });

  it("passes what the layers filter by, and nothing of what is highlighted", () => {
    const state = {
      ...initialAppState(DEFAULT_VIEW, []),
      selectedId: "jiaxing-airport",
      hoveredId: "a",
    };
    const global = mapGlobalState(state, {});
    expect(global.language).toBe("zh");
    expect(Object.keys(global)).not.toContain("selectedId");
    // A hover must never change what MapLibre's layers read: that reloads every project tile.
    const hoveringElsewhere = { ...state, hoveredId: "b" };
    expect(mapGlobalState(hoveringElsewhere, {})).toEqual(global);
  });
});

describe("the map's highlight", () => {
  it("outlines the selected, the hovered, a slide's and a plan clause's projects, with the reasons for each", () => {
    const state = {
      ...initialAppState(DEFAULT_VIEW, []),
      selectedId: "jiaxing-airport",
      hoveredId: "a",
      planHighlightIds: ["a", "c"],
    };
    const states = highlightStates(mapHighlight(state, ["b"]));
    expect([...states.keys()].sort()).toEqual(["a", "b", "c", "jiaxing-airport"]);
    expect(states.get("a")).toEqual({ selected: false, hovered: true, spotlight: false, plan: true });
    expect(states.get("jiaxing-airport")).toEqual({
      selected: true,
      hovered: false,
      spotlight: false,
      plan: false,
    });
    expect(highlightStates(mapHighlight(initialAppState(DEFAULT_VIEW, []), [])).size).toBe(0);
  });
});
