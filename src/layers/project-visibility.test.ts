// The two ways a style hides the projects the filters leave out (project-visibility.ts): the app's
// feature state, read only by paint, and bare MapLibre's global-state filters.
import { validateStyleMin } from "@maplibre/maplibre-gl-style-spec";
import { describe, expect, it } from "vitest";
import { buildFontFaces } from "./font-faces";
import { EMPTY_BASEMAP, EMPTY_COLLECTION, mapStyle } from "./map-style";
import { PROJECT_LABEL_SOURCE, PROJECT_SOURCE } from "./project-layer-ids";
import { shownOpacity, type VisibilityMode } from "./project-visibility";
import { STANDARD_THEME } from "./theme";

const FILTER_KEYS = ["pillars", "statuses", "layers", "counties", "countyFilterActive", "query", "queryIds"];

function styleFor(visibility: VisibilityMode) {
  return mapStyle({
    theme: STANDARD_THEME,
    fontFaces: buildFontFaces({ latin: "U+0000-00FF" }, { latin: "/a.woff2" }),
    basemap: EMPTY_BASEMAP,
    projects: EMPTY_COLLECTION,
    attribution: "test",
    visibility,
  });
}

// The filters' global-state keys a layer's filter reads: a change of one makes MapLibre lay out that
// layer's source again.
function filterKeysBySource(visibility: VisibilityMode): Map<string, Set<string>> {
  const bySource = new Map<string, Set<string>>();
  for (const layer of styleFor(visibility).layers) {
    if (!("source" in layer) || !layer.filter) continue;
    const keys = [...JSON.stringify(layer.filter).matchAll(/\["global-state","(\w+)"\]/g)]
      .map((match) => match[1] as string)
      .filter((key) => FILTER_KEYS.includes(key));
    const seen = bySource.get(layer.source as string) ?? new Set<string>();
    for (const key of keys) seen.add(key);
    bySource.set(layer.source as string, seen);
  }
  return bySource;
}

describe("project visibility", () => {
  it("gives a valid style either way", () => {
    expect(validateStyleMin(styleFor("feature-state"))).toEqual([]);
    expect(validateStyleMin(styleFor("global-state"))).toEqual([]);
  });

  it("keeps the filters out of the project source's layer filters in the app: only names are laid out again", () => {
    const app = filterKeysBySource("feature-state");
    expect([...(app.get(PROJECT_SOURCE) ?? [])]).toEqual([]);
    expect([...(app.get(PROJECT_LABEL_SOURCE) ?? [])].sort()).toEqual([...FILTER_KEYS].sort());
    // The bare page filters the project source itself (the benchmark's comparison).
    expect([...(filterKeysBySource("global-state").get(PROJECT_SOURCE) ?? [])].sort()).toEqual(
      [...FILTER_KEYS].sort(),
    );
  });

  it("drops an opacity to 0 for a hidden project, keeping a zoom curve outermost", () => {
    expect(shownOpacity(0.5, "feature-state")).toEqual([
      "case",
      ["boolean", ["feature-state", "hidden"], false],
      0,
      0.5,
    ]);
    expect(shownOpacity(0.5, "global-state")).toBe(0.5);
    const curve = shownOpacity(["interpolate", ["linear"], ["zoom"], 8, 0.2, 12, 1], "feature-state");
    expect(curve).toEqual([
      "interpolate",
      ["linear"],
      ["zoom"],
      8,
      ["case", ["boolean", ["feature-state", "hidden"], false], 0, 0.2],
      12,
      ["case", ["boolean", ["feature-state", "hidden"], false], 0, 1],
    ]);
  });
});
