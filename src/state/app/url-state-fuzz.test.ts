// Hostile links through the link parser, thousands at a time (issue 33, point 1: the browser test kept
// ten of them). Every generated query — unknown names, huge values, unicode, invalid UTF-8 and percent
// escapes, script tags, repeated parameters — must parse without throwing into a view the app can
// show, with notices that stay bounded and never carry a raw script, and the view must write a link
// that reads back as the same view with no notice.
import { describe, expect, it } from "vitest";
import { hostileSearches } from "../../../tests/support/hostile-urls";
import { FACET_KEYS, FACETS } from "../../data/facets";
import { ID_PATTERN } from "../../data/project-schema";
import { MAP_LIMITS } from "../../geo/camera";
import { parseViewState, serialiseViewState } from "./url-state";
import { CATCHMENT_LAYERS, MAP_VIEWS, SIDEBAR_TABS, TOUR_CHOICES, type ViewState } from "./view-state";

const LINKS = 5000;

function checkView(view: ViewState, search: string): void {
  for (const key of FACET_KEYS) {
    const allowed: readonly string[] = FACETS[key].values;
    for (const value of view.filters[key]) expect(allowed, search.slice(0, 200)).toContain(value);
    expect(new Set(view.filters[key]).size, search.slice(0, 200)).toBe(view.filters[key].length);
  }
  expect(view.filters.query.length, search.slice(0, 200)).toBeLessThanOrEqual(100);
  expect(["zh", "en"], search.slice(0, 200)).toContain(view.language);
  if (view.selectedId !== null) expect(view.selectedId, search.slice(0, 200)).toMatch(ID_PATTERN);
  if (view.camera) {
    expect(
      Number.isFinite(view.camera.zoom) && Math.abs(view.camera.latitude) <= 85,
      search.slice(0, 200),
    ).toBe(true);
    expect(view.camera.zoom, search.slice(0, 200)).toBeGreaterThanOrEqual(MAP_LIMITS.minZoom - 3);
    expect(view.camera.zoom, search.slice(0, 200)).toBeLessThanOrEqual(MAP_LIMITS.maxZoom + 1);
    expect(Math.abs(view.camera.longitude), search.slice(0, 200)).toBeLessThanOrEqual(180);
  }
  expect(SIDEBAR_TABS, search.slice(0, 200)).toContain(view.tab);
  expect(MAP_VIEWS, search.slice(0, 200)).toContain(view.mapView);
  expect(TOUR_CHOICES, search.slice(0, 200)).toContain(view.tour);
  for (const layer of view.catchments) expect(CATCHMENT_LAYERS, search.slice(0, 200)).toContain(layer);
  expect(Number.isFinite(view.distance) && view.distance > 0, search.slice(0, 200)).toBe(true);
  if (view.slide !== null)
    expect(Number.isInteger(view.slide) && view.slide >= 1, search.slice(0, 200)).toBe(true);
}

// The choices as a link keeps them: lists in any order, a blank search as no search.
function sortedFilters(view: ViewState): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(view.filters).map(([key, value]) => [
      key,
      Array.isArray(value)
        ? [...value].sort()
        : typeof value === "string" && value.trim() === ""
          ? ""
          : value,
    ]),
  );
}

describe(`${LINKS} hostile links through the link parser`, () => {
  const searches = [...hostileSearches(20200101, LINKS / 2), ...hostileSearches(7, LINKS / 2)];

  it("are generated as the browser test's were: seeded, varied, hostile", () => {
    expect(searches).toHaveLength(LINKS);
    expect(new Set(searches).size).toBeGreaterThan(LINKS * 0.9);
    expect(searches.some((search) => search.includes("%3Cscript%3E"))).toBe(true);
    expect(searches.some((search) => /%E0%A4%A|%FF%FE/.test(search))).toBe(true);
    expect(hostileSearches(7, 3)).toEqual(hostileSearches(7, 3)); // replayable
  });

  it("parse without throwing into a view the app can show, with bounded notices", () => {
    let notices = 0;
    for (const search of searches) {
      const parsed = parseViewState(search);
      checkView(parsed.view, search.slice(0, 200));
      const count = new URLSearchParams(search).size;
      expect(parsed.notices.length, search.slice(0, 200)).toBeLessThanOrEqual(count);
      for (const notice of parsed.notices) {
        expect(
          typeof notice.parameter === "string" && typeof notice.value === "string",
          search.slice(0, 200),
        ).toBe(true);
      }
      notices += parsed.notices.length;
    }
    expect(notices).toBeGreaterThan(LINKS); // they are hostile: most parameters are refused
  });

  it("write a link that reads back as the same view, with no notice", () => {
    for (const search of searches) {
      const { view } = parseViewState(search);
      const written = serialiseViewState(view);
      const again = parseViewState(written);
      expect(again.notices, `${search.slice(0, 200)} → ${written}`).toEqual([]);
      expect(serialiseViewState(again.view), search.slice(0, 200)).toBe(written);
      // The same choices; a link writes them in the table's order.
      expect(sortedFilters(again.view), search.slice(0, 200)).toEqual(sortedFilters(view));
      expect(again.view.selectedId, search.slice(0, 200)).toBe(view.selectedId);
    }
  });
});
