import { describe, expect, it } from "vitest";
import { DEFAULT_FILTERS } from "../../filters/project-filters";
import { parseViewState, serialiseViewState } from "./url-state";
import { DEFAULT_VIEW, type ViewState } from "./view-state";

describe("parseViewState", () => {
  it("gives the default view for an empty query", () => {
    expect(parseViewState("")).toEqual({ view: DEFAULT_VIEW, notices: [] });
  });

  it("reads filters, search, selection, camera and language", () => {
    const { view, notices } = parseViewState(
      "?pillar=hub,openness&status=start&county=330424&q=G320&project=jiaxing-airport&map=11/30.7/120.8&lang=en",
    );
    expect(notices).toEqual([]);
    expect(view.filters).toEqual({
      ...DEFAULT_FILTERS,
      pillars: ["hub", "openness"],
      statuses: ["start"],
      counties: ["330424"],
      query: "G320",
    });
    expect(view.selectedId).toBe("jiaxing-airport");
    expect(view.camera).toEqual({ zoom: 11, latitude: 30.7, longitude: 120.8 });
    expect(view.language).toBe("en");
  });

  it("ignores an unknown parameter with a notice and keeps the rest", () => {
    const { view, notices } = parseViewState("?colour=red&lang=en");
    expect(view.language).toBe("en");
    expect(notices).toEqual([{ parameter: "colour", value: "red", reason: "unknown-parameter" }]);
  });

  it("drops unknown values from a list but keeps the known ones", () => {
    const { view, notices } = parseViewState("?pillar=hub,sky");
    expect(view.filters.pillars).toEqual(["hub"]);
    expect(notices[0]).toMatchObject({ parameter: "pillar", value: "sky", reason: "invalid-value" });
  });

  it("keeps the default when every value of a list is unknown", () => {
    const { view } = parseViewState("?status=done");
    expect(view.filters.statuses).toEqual(DEFAULT_FILTERS.statuses);
  });

  it.each(["abc", "30/120", "99/30/120", "10/95/120", "10/30/200", "NaN/1/2", "1e3/30/120"])(
    "rejects the malformed camera %s",
    (camera) => {
      const { view, notices } = parseViewState(`?map=${camera}`);
      expect(view.camera).toBeNull();
      expect(notices[0]?.parameter).toBe("map");
    },
  );

  it.each([
    ["project", "<script>"],
    ["lang", "fr"],
    ["embed", "yes"],
    ["slide", "0"],
    ["slide", "-2"],
  ])("rejects %s=%s with a notice", (parameter, value) => {
    const { view, notices } = parseViewState(`?${parameter}=${encodeURIComponent(value)}`);
    expect(notices).toHaveLength(1);
    expect(view).toEqual(DEFAULT_VIEW);
  });
});

describe("serialiseViewState", () => {
  it("writes nothing for the default view", () => {
    expect(serialiseViewState(DEFAULT_VIEW)).toBe("");
  });

  it("round-trips a full view exactly", () => {
    const view: ViewState = {
      ...DEFAULT_VIEW,
      language: "en",
      filters: {
        ...DEFAULT_FILTERS,
        pillars: ["quality"],
        layers: ["urban", "railway"],
        query: "南湖 研究院",
      },
      selectedId: "nanhu-research-institute",
      camera: { zoom: 12.5, latitude: 30.7512, longitude: 120.7587 },
      present: true,
      slide: 3,
    };
    const text = serialiseViewState(view);
    const reread = parseViewState(text).view;
    expect(reread).toEqual({ ...view, filters: { ...view.filters, layers: ["railway", "urban"] } });
  });

  it("writes list values in a fixed order so equal views give equal links", () => {
    const a = serialiseViewState({
      ...DEFAULT_VIEW,
      filters: { ...DEFAULT_FILTERS, statuses: ["start", "planning"] },
    });
    const b = serialiseViewState({
      ...DEFAULT_VIEW,
      filters: { ...DEFAULT_FILTERS, statuses: ["planning", "start"] },
    });
    expect(a).toBe(b);
    expect(a).toBe("?status=planning,start");
  });

  it("keeps an empty list (nothing chosen) distinct from the default (everything)", () => {
    const text = serialiseViewState({ ...DEFAULT_VIEW, filters: { ...DEFAULT_FILTERS, pillars: [] } });
    expect(parseViewState(text).view.filters.pillars).toEqual([]);
  });
});

describe("planner, plan text, progress and tour parameters", () => {
  it("reads the tab, N, catchments, county selection, progress view and tour", () => {
    const { view, notices } = parseViewState(
      "?tab=planner&distance=10&catchments=railway,waterway&select=330424&view=progress&year=2024&tour=mine",
    );
    expect(notices).toEqual([]);
    expect(view).toMatchObject({
      tab: "planner",
      distance: 10,
      catchments: ["railway", "waterway"],
      selectedCounty: "330424",
      mapView: "progress",
      year: 2024,
      tour: "mine",
    });
  });

  it("round-trips every non-default value and leaves defaults out of the link", () => {
    const view: ViewState = {
      ...DEFAULT_VIEW,
      tab: "plan",
      distance: 2.5,
      catchments: ["highway"],
      selectedCounty: "330481",
      mapView: "progress",
      year: 2023,
      tour: "mine",
    };
    const link = serialiseViewState(view);
    expect(link).toBe(
      "?tab=plan&distance=2.5&catchments=highway&select=330481&view=progress&year=2023&tour=mine",
    );
    expect(parseViewState(link).view).toEqual(view);
    expect(serialiseViewState(DEFAULT_VIEW)).toBe("");
  });

  it.each([
    ["distance=-1", "distance"],
    ["distance=1e9", "distance"],
    ["distance=0", "distance"],
    ["catchments=rocket", "catchments"],
    ["select=999999", "select"],
    ["tab=settings", "tab"],
    ["view=future", "view"],
    ["year=1999", "year"],
    ["tour=yours", "tour"],
  ])("refuses %s with a notice and applies the rest of the link", (bad, parameter) => {
    const { view, notices } = parseViewState(
      `?${bad}&lang=en&tab=planner`.replace("&tab=planner", bad.startsWith("tab") ? "" : "&tab=planner"),
    );
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ parameter, reason: "invalid-value" });
    expect(view.language).toBe("en");
    expect(view.distance).toBe(DEFAULT_VIEW.distance);
    expect(view.selectedCounty).toBeNull();
  });
});
