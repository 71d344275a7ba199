// The app's style starts without the sources its first picture does not need; their data waits apart,
// whole, for the map controller.
import { readdirSync, readFileSync } from "node:fs";
import type { FeatureCollection } from "geojson";
import { describe, expect, it } from "vitest";
import type { ProjectFeature } from "../data/project-schema";
import { indexFeature } from "../filters/indexed-properties";
import { buildFontFaces } from "./font-faces";
import { LATER_SOURCES, splitLaterSources } from "./later-sources";
import { EMPTY_BASEMAP, mapStyle } from "./map-style";
import {
  PROJECT_LABEL_SOURCE,
  PROJECT_OUTLINE_SOURCE,
  PROJECT_SOURCE,
  ZONE_LABEL_SOURCE,
} from "./project-layer-ids";
import type { VisibilityMode } from "./project-visibility";
import { STANDARD_THEME } from "./theme";

const projects: FeatureCollection = {
  type: "FeatureCollection",
  features: readdirSync("data/projects").flatMap((file) =>
    (JSON.parse(readFileSync(`data/projects/${file}`, "utf8")).features as ProjectFeature[]).map(
      indexFeature,
    ),
  ),
};

const styleIn = (visibility: VisibilityMode) =>
  mapStyle({
    theme: STANDARD_THEME,
    fontFaces: buildFontFaces({ latin: "U+0000-00FF" }, { latin: "/a.woff2" }),
    basemap: EMPTY_BASEMAP,
    projects,
    attribution: "test",
    visibility,
  });

const dataOf = (source: unknown) => (source as { data: FeatureCollection }).data;

describe("later sources", () => {
  it("start empty in the app's style, their data kept apart and whole", () => {
    const whole = styleIn("feature-state");
    const { style, later } = splitLaterSources(whole);
    expect(Object.keys(later).sort()).toEqual([...LATER_SOURCES].sort());
    for (const id of LATER_SOURCES) {
      expect(dataOf(style.sources[id]).features, id).toEqual([]);
      expect(later[id], id).toBe(dataOf(whole.sources[id]));
      expect(style.sources[id], id).toEqual({ ...whole.sources[id], data: dataOf(style.sources[id]) });
    }
    // The names hold every point and line; the zones' names one point per zone.
    expect(later[PROJECT_LABEL_SOURCE]?.features.length).toBeGreaterThan(20);
    expect(later[ZONE_LABEL_SOURCE]?.features.length).toBeGreaterThan(0);
    // What the first picture draws stays in the style, the same objects.
    expect(style.sources[PROJECT_SOURCE]).toBe(whole.sources[PROJECT_SOURCE]);
    expect(style.layers).toBe(whole.layers);
  });

  it("outline every project by its geometry and id alone", () => {
    const { later } = splitLaterSources(styleIn("feature-state"));
    const outlines = later[PROJECT_OUTLINE_SOURCE]?.features ?? [];
    expect(outlines).toHaveLength(projects.features.length);
    for (const feature of outlines) expect(Object.keys(feature.properties ?? {})).toEqual(["id"]);
    const byId = new Map(projects.features.map((feature) => [feature.properties?.id, feature.geometry]));
    expect(outlines.every((feature) => feature.geometry === byId.get(feature.properties?.id))).toBe(true);
  });

  it("leave out what a style does not have (the bare page's names come from the projects)", () => {
    const { later } = splitLaterSources(styleIn("global-state"));
    expect(Object.keys(later)).toEqual([ZONE_LABEL_SOURCE]);
  });
});
