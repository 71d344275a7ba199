// What a "fit" slide frames. A slide whose projects spread over the city frames the whole city, so none
// of it hides under the caption and the room always sees the same Jiaxing; lines that run far beyond it
// (通苏嘉甬 to Nantong and Ningbo) are cut to the city and drawn whole in the locator inset instead of
// pulling the camera out to zoom 7.6. A highlighted project is always framed whole: a slide about it shows
// all of it. A close-up (one airport) is widened to a few towns across, so the room sees where it is.
import type { Bounds } from "../../geo/coordinates";
import { cosineOfLatitude, KILOMETRES_PER_DEGREE } from "../../geo/local-distance";

// The smallest stretch of ground a slide frames, in kilometres: about the airport and its neighbouring
// towns, so the city outline and town names are in view around a small project.
export const CLOSE_UP_KILOMETRES = 24;
// Projects spread over at least this share of the city's width or height make a whole-city slide.
const WHOLE_CITY_SHARE = 0.5;

/**
 * The frame of a "fit" slide: the shown projects' bounds cut to the city — or the whole city when they
 * spread over it — joined with every highlighted project whole, widened to CLOSE_UP_KILOMETRES.
 */
export function slideFrame(shown: Bounds, city: Bounds, highlighted: Bounds | null = null): Bounds {
  const clipped = intersect(shown, city) ?? shown;
  const base = spreadsOverCity(clipped, city) ? city : clipped;
  return widen(highlighted ? union(base, highlighted) : base, CLOSE_UP_KILOMETRES);
}

export function spreadsOverCity(bounds: Bounds, city: Bounds): boolean {
  return (
    bounds[2] - bounds[0] >= (city[2] - city[0]) * WHOLE_CITY_SHARE ||
    bounds[3] - bounds[1] >= (city[3] - city[1]) * WHOLE_CITY_SHARE
  );
}

/** Whether the slide's projects reach beyond what it frames, or it frames a close-up: the inset then helps. */
export function needsLocator(shown: Bounds, frame: Bounds, city: Bounds): boolean {
  return !contains(frame, shown) || frame[2] - frame[0] < (city[2] - city[0]) / 2;
}

export function contains(outer: Bounds, inner: Bounds): boolean {
  return outer[0] <= inner[0] && outer[1] <= inner[1] && outer[2] >= inner[2] && outer[3] >= inner[3];
}

export function intersect(a: Bounds, b: Bounds): Bounds | null {
  const west = Math.max(a[0], b[0]);
  const south = Math.max(a[1], b[1]);
  const east = Math.min(a[2], b[2]);
  const north = Math.min(a[3], b[3]);
  return west < east && south < north ? [west, south, east, north] : null;
}

export function union(a: Bounds, b: Bounds): Bounds {
  return [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])];
}

function widen(bounds: Bounds, kilometres: number): Bounds {
  const [west, south, east, north] = bounds;
  const middleLatitude = (south + north) / 2;
  const middleLongitude = (west + east) / 2;
  const halfLatitude = kilometres / 2 / KILOMETRES_PER_DEGREE;
  const halfLongitude = kilometres / 2 / (KILOMETRES_PER_DEGREE * cosineOfLatitude(middleLatitude));
  const [wideWest, wideEast] =
    east - west >= 2 * halfLongitude
      ? [west, east]
      : [middleLongitude - halfLongitude, middleLongitude + halfLongitude];
  const [wideSouth, wideNorth] =
    north - south >= 2 * halfLatitude
      ? [south, north]
      : [middleLatitude - halfLatitude, middleLatitude + halfLatitude];
  return [wideWest, wideSouth, wideEast, wideNorth];
}
