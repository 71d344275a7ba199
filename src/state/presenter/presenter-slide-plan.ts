// What a slide puts on screen, decided in one pure function so the app and the framing tests read the
// same answer: the projects it shows, where the camera goes, whether the locator inset is needed, and
// which points beyond the city are drawn only in that inset (so none floats under the caption).
import type { TourSlide } from "../../data/tour-schema";
import { isFrameCamera } from "../../data/tour-schema";
import type { IndexedFeature } from "../../filters/indexed-properties";
import { slideShows } from "../../filters/slide-filters";
import { type Camera, MAP_LIMITS } from "../../geo/camera";
import { type Bounds, boundsOf } from "../../geo/coordinates";
import { groundOf, type Viewport } from "../../geo/web-mercator";
import { needsLocator, slideFrame } from "./presenter-frame";

export type SlideTarget =
  | { kind: "frame"; bounds: Bounds; maxZoom: number }
  | { kind: "camera"; camera: Camera }
  | null;

export interface SlidePlan {
  shown: IndexedFeature[];
  target: SlideTarget;
  frame: Bounds | null; // the ground the big map is about (the inset's dashed frame)
  locator: boolean; // the inset is drawn
  asideIds: string[]; // points beyond the city, outside the frame: in the inset, not on the big map
}

export function featureBounds(features: readonly IndexedFeature[]): Bounds | null {
  return features.length > 0 ? boundsOf({ type: "FeatureCollection", features: [...features] }) : null;
}

export function planSlide(
  slide: TourSlide | null,
  all: readonly IndexedFeature[],
  city: Bounds,
  viewport: Viewport,
): SlidePlan {
  if (!slide) return { shown: [], target: null, frame: null, locator: false, asideIds: [] };
  const shown = all.filter((feature) => slideShows(slide, feature.properties));
  const shownBounds = featureBounds(shown);
  const highlight = new Set(slide.highlight);
  const highlighted = featureBounds(shown.filter((feature) => highlight.has(feature.properties.id)));
  const camera = slide.camera;
  let target: SlideTarget = null;
  let frame: Bounds | null = null;
  if (camera === "fit") {
    frame = shownBounds ? slideFrame(shownBounds, city, highlighted) : null;
    // A fit never frames closer than a few towns across (MAP_LIMITS.frameMaxZoom).
    if (frame) target = { kind: "frame", bounds: frame, maxZoom: MAP_LIMITS.frameMaxZoom };
  } else if (isFrameCamera(camera)) {
    frame = camera.bounds;
    // A presenter's own frame is shown as they framed it, however close.
    target = { kind: "frame", bounds: frame, maxZoom: MAP_LIMITS.maxZoom };
  } else {
    frame = groundOf(camera, viewport, { left: 0, top: 0, right: viewport.width, bottom: viewport.height });
    target = { kind: "camera", camera };
  }
  const locator = Boolean(shownBounds && frame && needsLocator(shownBounds, frame, city));
  const asideIds =
    locator && frame
      ? shown
          .filter(
            (feature) => isPointBeyond(feature, frame as Bounds) && !highlight.has(feature.properties.id),
          )
          .map((feature) => feature.properties.id)
      : [];
  return { shown, target, frame, locator, asideIds };
}

// A point (or several) of a project outside the city, none of them in the frame.
function isPointBeyond(feature: IndexedFeature, frame: Bounds): boolean {
  const { geometry } = feature;
  if (!feature.properties.beyond_city) return false;
  if (geometry.type !== "Point" && geometry.type !== "MultiPoint") return false;
  const [west, south, east, north] = boundsOf(geometry);
  return east < frame[0] || west > frame[2] || north < frame[1] || south > frame[3];
}
