// Framing of every slide of the plan's tour at the three screen sizes a room uses, in both languages,
// without a browser: the panels as the overlay lays them out (presenter-layout.ts), the map's padding
// from them (map-padding.ts), the slide's frame (presenter-slide-plan.ts) and the camera MapLibre fits to
// it (web-mercator.ts). tests/browser/presenter.test.ts holds this model to the drawn page at 1280×720.
import type { Position } from "geojson";
import { describe, expect, it } from "vitest";
import { shippedBasemap, shippedProjectFeatures, shippedTour } from "../../../tests/support/shipped-data";
import { cityBounds } from "../../data/region";
import type { TourSlide } from "../../data/tour-schema";
import { indexFeature } from "../../filters/indexed-properties";
import { slideShows } from "../../filters/slide-filters";
import { fitCamera, screenPoint } from "../../geo/web-mercator";
import type { Language } from "../../i18n/language";
import { mapPadding, type OverlayBox } from "../map-area/map-padding";
import { contains } from "./presenter-frame";
import { overlayBoxes } from "./presenter-layout";
import { overlayContent, statusLegend } from "./presenter-overlay-content";
import { planSlide } from "./presenter-slide-plan";

const SIZES = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
  { width: 3840, height: 2160 },
];
const LANGUAGES: Language[] = ["zh", "en"];
const all = shippedProjectFeatures().map(indexFeature);
const tour = shippedTour();
const city = cityBounds(shippedBasemap("city-outline"));

function positions(coordinates: unknown): Position[] {
  if (!Array.isArray(coordinates)) return [];
  return typeof coordinates[0] === "number" ? [coordinates as Position] : coordinates.flatMap(positions);
}

function inside(point: { x: number; y: number }, box: OverlayBox): boolean {
  return point.x > box.left && point.x < box.right && point.y > box.top && point.y < box.bottom;
}

function overlaps(a: OverlayBox, b: OverlayBox): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

// The slide as the room sees it: its panels, the map's padding and the camera fitted to its frame.
function present(slide: TourSlide, index: number, size: (typeof SIZES)[number], language: Language) {
  const plan = planSlide(slide, all, city, size);
  const statuses = new Set(plan.shown.map((feature) => feature.properties.status));
  const legend = statusLegend(language, statuses, slide.highlight.length > 0);
  const content = overlayContent(language, slide, { index, count: tour.slides.length }, legend, plan.locator);
  const boxes = overlayBoxes(size.width, size.height, content);
  const padding = mapPadding({ narrow: false, detailOpen: false, presenting: true, ...size, overlay: boxes });
  const target = plan.target;
  if (target?.kind !== "frame") throw new Error(`${slide.id}: the plan's slides frame their projects`);
  const camera = fitCamera(target.bounds, size, padding, target.maxZoom);
  if (!camera) throw new Error(`${slide.id}: no room to frame`);
  const project = (position: Position) => screenPoint(camera, size, position);
  return { plan, boxes, padding, camera, project };
}

const cases = SIZES.flatMap((size) =>
  LANGUAGES.flatMap((language) =>
    tour.slides.map((slide, index) => ({ size, language, slide, index, name: `${slide.id} ${language}` })),
  ),
);

describe.each(SIZES)("the plan's tour at $width×$height", (size) => {
  it.each(cases.filter((found) => found.size === size))(
    "$name: panels apart, on screen, and the frame in the clear",
    ({ slide, index, language }) => {
      const { boxes, padding } = present(slide, index, size, language);
      const panels = Object.entries(boxes) as [string, OverlayBox][];
      for (const [position, [name, box]] of panels.entries()) {
        expect(
          box.left >= 0 && box.top >= 0 && box.right <= size.width && box.bottom <= size.height,
          name,
        ).toBe(true);
        for (const [other, second] of panels.slice(position + 1)) {
          expect(overlaps(box, second), `${name} and ${other} overlap`).toBe(false);
        }
      }
      // No squeeze: the padding is the panels' own, so the frame lies clear of every one of them.
      expect(padding.top + padding.bottom).toBeLessThan(size.height * 0.6);
      expect(padding.left + padding.right).toBeLessThan(size.width * 0.6);
    },
  );

  it.each(cases.filter((found) => found.size === size))(
    "$name: the whole city on at least a fifth of the screen",
    ({ slide, index, language }) => {
      const { plan, project } = present(slide, index, size, language);
      if (!plan.frame || !contains(plan.frame, city)) return;
      const northWest = project([city[0], city[3]]);
      const southEast = project([city[2], city[1]]);
      expect(
        northWest.x >= 0 && northWest.y >= 0 && southEast.x <= size.width && southEast.y <= size.height,
      ).toBe(true);
      const share = ((southEast.x - northWest.x) * (southEast.y - northWest.y)) / (size.width * size.height);
      expect(share, `${slide.id}: the city's share of the screen`).toBeGreaterThanOrEqual(0.2);
    },
  );

  it.each(cases.filter((found) => found.size === size))(
    "$name: every highlighted project whole and clear of the panels",
    ({ slide, index, language }) => {
      const { boxes, project } = present(slide, index, size, language);
      for (const id of slide.highlight) {
        const feature = all.find((candidate) => candidate.properties.id === id);
        expect(feature, id).toBeDefined();
        for (const position of positions(
          feature?.geometry.type === "GeometryCollection" ? [] : feature?.geometry.coordinates,
        )) {
          const point = project(position);
          expect(
            point.x >= 0 && point.y >= 0 && point.x <= size.width && point.y <= size.height,
            `${id} off screen`,
          ).toBe(true);
          for (const [name, box] of Object.entries(boxes))
            expect(inside(point, box), `${id} under the ${name}`).toBe(false);
        }
      }
    },
  );

  it.each(cases.filter((found) => found.size === size))(
    "$name: no point of the slide floats under a panel",
    ({ slide, index, language }) => {
      const { plan, boxes, project } = present(slide, index, size, language);
      const aside = new Set(plan.asideIds);
      for (const feature of plan.shown) {
        const { geometry, properties } = feature;
        if (geometry.type !== "Point" || aside.has(properties.id)) continue;
        const point = project(geometry.coordinates);
        for (const [name, box] of Object.entries(boxes)) {
          expect(inside(point, box), `${properties.id} under the ${name}`).toBe(false);
        }
      }
      // What is set aside is drawn in the inset, never lost.
      if (aside.size > 0) expect(plan.locator).toBe(true);
    },
  );
});

describe("slides about a place beyond the city", () => {
  it("set the Xiaoshan airport hub aside into the inset on the whole-city slides that show it", () => {
    const overview = tour.slides[0] as TourSlide;
    const plan = planSlide(overview, all, city, SIZES[1] as (typeof SIZES)[number]);
    expect(plan.asideIds).toContain("hangzhou-xiaoshan-airport-railway-hub");
    expect(plan.locator).toBe(true);
    expect(
      slideShows(
        overview,
        all.find((feature) => feature.properties.id === "hangzhou-xiaoshan-airport-railway-hub")
          ?.properties as never,
      ),
    ).toBe(true);
  });
});
