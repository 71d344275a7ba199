// The presentation as the unit tests model it (src/state/presenter): a slide's plan, its panels as the
// layout model lays them out, and the camera fitted to its frame. Browser tests hold the page to it.

import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { FeatureCollection, Position } from "geojson";
import { cityBounds } from "../../../src/data/region";
import type { Tour, TourSlide } from "../../../src/data/tour-schema";
import { indexFeature } from "../../../src/filters/indexed-properties";
import { fitCamera } from "../../../src/geo/web-mercator";
import { registerTexts } from "../../../src/i18n/messages";
import { laterTexts } from "../../../src/i18n/texts/later";
import { mapPadding, type PresenterBoxes } from "../../../src/state/map-area/map-padding";
import { overlayBoxes } from "../../../src/state/presenter/presenter-layout";
import { overlayContent, statusLegend } from "../../../src/state/presenter/presenter-overlay-content";
import { planSlide } from "../../../src/state/presenter/presenter-slide-plan";
import { shippedProjects } from "./project-data";

registerTexts(laterTexts);

const root = resolve(import.meta.dirname, "../../..");
export const planTour = JSON.parse(readFileSync(resolve(root, "data/tour.json"), "utf8")) as Tour;
const outline = JSON.parse(readFileSync(resolve(root, "data/basemap/city-outline.geojson"), "utf8"));
export const CITY = cityBounds(outline as FeatureCollection);
export const indexed = shippedProjects().map(indexFeature);

export interface Viewport {
  width: number;
  height: number;
}

/** The slide's plan and the panels the layout model gives it (in Chinese, the page's language). */
export function modelOf(slide: TourSlide, index: number, count: number, viewport: Viewport) {
  const plan = planSlide(slide, indexed, CITY, viewport);
  const statuses = new Set(plan.shown.map((feature) => feature.properties.status));
  const legend = statusLegend("zh", statuses, slide.highlight.length > 0);
  const content = overlayContent("zh", slide, { index, count }, legend, plan.locator);
  return { plan, boxes: overlayBoxes(viewport.width, viewport.height, content) };
}

/** The camera the framing function fits to the slide's frame with the padding these boxes leave. */
export function fittedCamera(slide: TourSlide, viewport: Viewport, boxes: PresenterBoxes) {
  const plan = planSlide(slide, indexed, CITY, viewport);
  const padding = mapPadding({
    narrow: false,
    detailOpen: false,
    presenting: true,
    ...viewport,
    overlay: boxes,
  });
  return plan.target?.kind === "frame"
    ? fitCamera(plan.target.bounds, viewport, padding, plan.target.maxZoom)
    : null;
}

/** Every vertex of a project, for checking where it lands on the screen. */
export function verticesOf(id: string): Position[] {
  const feature = indexed.find((candidate) => candidate.properties.id === id);
  const walk = (coordinates: unknown): Position[] =>
    Array.isArray(coordinates)
      ? typeof coordinates[0] === "number"
        ? [coordinates as Position]
        : coordinates.flatMap(walk)
      : [];
  return feature && feature.geometry.type !== "GeometryCollection" ? walk(feature.geometry.coordinates) : [];
}
