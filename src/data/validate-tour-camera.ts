// A slide's camera and view, checked: pure, never throws. A camera is "fit", a frame (bounds) or a
// centre and zoom, always within the map's region; a view is the plan's colouring or progress at a year.
import { MAP_LIMITS } from "../geo/camera";
import type { Bounds } from "../geo/coordinates";
import { type Finding, finding, shown } from "./problem";
import {
  MAP_VIEWS,
  PROGRESS_FIRST_YEAR,
  type SlideCamera,
  type SlideView,
  TOUR_ZOOM_RANGE,
} from "./tour-schema";

// Longitude and latitude a tour camera may look at, in degrees: the map's own maxBounds.
const [CAMERA_WEST, CAMERA_SOUTH, CAMERA_EAST, CAMERA_NORTH] = MAP_LIMITS.maxBounds;
// The smallest frame worth a slide, in degrees (≈ 100 m): a frame with no size cannot be fitted.
const SMALLEST_FRAME_DEGREES = 0.001;
export function checkCamera(camera: unknown): Finding[] {
  if (camera === "fit") return [];
  if (isRecord(camera) && "bounds" in camera) return checkFrame(camera);
  if (!isRecord(camera))
    return [finding("camera", `${shown(camera)} must be "fit", {bounds} or {longitude, latitude, zoom}`)];
  const findings: Finding[] = [];
  const ranges: Record<string, readonly [number, number]> = {
    longitude: [CAMERA_WEST, CAMERA_EAST],
    latitude: [CAMERA_SOUTH, CAMERA_NORTH],
    zoom: TOUR_ZOOM_RANGE,
  };
  for (const [key, [low, high]] of Object.entries(ranges)) {
    const value = camera[key];
    if (typeof value !== "number" || !Number.isFinite(value)) {
      findings.push(finding(`camera.${key}`, `${shown(value)} must be a number`));
    } else if (value < low || value > high) {
      findings.push(finding(`camera.${key}`, `${value} is outside ${low}–${high}`));
    }
  }
  for (const key of Object.keys(camera)) {
    if (!(key in ranges)) findings.push(finding(`camera.${key}`, "unknown field; it is ignored", false));
  }
  return findings;
}

// A frame: [west, south, east, north] in degrees, within the map's limits and with some size.
function checkFrame(camera: Record<string, unknown>): Finding[] {
  const bounds = camera.bounds;
  const numbers =
    Array.isArray(bounds) &&
    bounds.length === 4 &&
    bounds.every((value) => typeof value === "number" && Number.isFinite(value));
  if (!numbers) {
    return [finding("camera.bounds", `${shown(bounds)} must be [west, south, east, north] in degrees`)];
  }
  const [west, south, east, north] = bounds as number[] as [number, number, number, number];
  const findings: Finding[] = [];
  if (west < CAMERA_WEST || east > CAMERA_EAST || south < CAMERA_SOUTH || north > CAMERA_NORTH) {
    findings.push(
      finding(
        "camera.bounds",
        `${shown(bounds)} is outside the map's region ${CAMERA_WEST}–${CAMERA_EAST}°E, ${CAMERA_SOUTH}–${CAMERA_NORTH}°N`,
      ),
    );
  } else if (east - west < SMALLEST_FRAME_DEGREES || north - south < SMALLEST_FRAME_DEGREES) {
    findings.push(finding("camera.bounds", `${shown(bounds)} must run west to east and south to north`));
  }
  for (const key of Object.keys(camera)) {
    if (key !== "bounds") findings.push(finding(`camera.${key}`, "unknown field; it is ignored", false));
  }
  return findings;
}

export function checkView(view: unknown, thisYear: number): Finding[] {
  if (!isRecord(view) || !MAP_VIEWS.includes(view.mode as never)) {
    return [finding("view", `${shown(view)} must be {"mode": "plan"} or {"mode": "progress", "year": …}`)];
  }
  const findings: Finding[] = [];
  if ("year" in view) {
    const year = view.year;
    if (!Number.isInteger(year) || (year as number) < PROGRESS_FIRST_YEAR || (year as number) > thisYear) {
      findings.push(
        finding("view.year", `${shown(year)} must be a year from ${PROGRESS_FIRST_YEAR} to ${thisYear}`),
      );
    } else if (view.mode !== "progress") {
      findings.push(finding("view.year", "only a progress view has a year; it is ignored", false));
    }
  }
  for (const key of Object.keys(view)) {
    if (key !== "mode" && key !== "year")
      findings.push(finding(`view.${key}`, "unknown field; it is ignored", false));
  }
  return findings;
}

export function cleanCamera(camera: SlideCamera): SlideCamera {
  if (camera === "fit") return "fit";
  if ("bounds" in camera) return { bounds: [...camera.bounds] as Bounds };
  return { longitude: camera.longitude, latitude: camera.latitude, zoom: camera.zoom };
}

export function cleanView(view: unknown): SlideView | undefined {
  if (!isRecord(view) || !MAP_VIEWS.includes(view.mode as never)) return undefined;
  return view.mode === "progress" && typeof view.year === "number"
    ? { mode: "progress", year: view.year }
    : { mode: view.mode as SlideView["mode"] };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
