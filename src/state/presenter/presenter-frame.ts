// What a "fit" slide frames: the projects it shows, kept on Jiaxing. Lines that run far beyond the city
// (通苏嘉甬 to Nantong and Ningbo, the airport link to Xiaoshan) would otherwise pull the camera out to
// zoom 7.6, where the city fills a tenth of the screen; the locator inset shows where they go instead.
// A close-up (one airport) is widened to a few towns across, so the room sees where it is.
import type { Bounds } from "../../geo/coordinates";
import { cosineOfLatitude, KILOMETRES_PER_DEGREE } from "../../geo/local-distance";

// The smallest stretch of ground a slide frames, in kilometres: about the airport and its neighbouring
// towns, so the city outline and town names are in view around a small project.
export const CLOSE_UP_KILOMETRES = 24;

/** The shown projects' bounds cut to the city, then widened to CLOSE_UP_KILOMETRES where smaller. */
export function slideFrame(shown: Bounds, city: Bounds): Bounds {
  const clipped = intersect(shown, city) ?? shown;
  return widen(clipped, CLOSE_UP_KILOMETRES);
}

/** Whether the slide's projects reach beyond what it frames, or it frames a close-up: the inset then helps. */
export function needsLocator(shown: Bounds, city: Bounds): boolean {
  const frame = slideFrame(shown, city);
  const beyond = shown[0] < frame[0] || shown[1] < frame[1] || shown[2] > frame[2] || shown[3] > frame[3];
  const cityWidth = city[2] - city[0];
  return beyond || frame[2] - frame[0] < cityWidth / 2;
}

export function intersect(a: Bounds, b: Bounds): Bounds | null {
  const west = Math.max(a[0], b[0]);
  const south = Math.max(a[1], b[1]);
  const east = Math.min(a[2], b[2]);
  const north = Math.min(a[3], b[3]);
  return west < east && south < north ? [west, south, east, north] : null;
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
