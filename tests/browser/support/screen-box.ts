// Where things are on screen, read through the MapLibre instance the app leaves on its container: a
// project's or any outline's extent in client pixels, and an element's box.
import type { Page } from "playwright-core";
import type { ProjectFeature } from "../../../src/data/project-schema";

export interface ScreenBox {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Every coordinate pair of a GeoJSON geometry, however deep. */
export function positionsOf(geometry: unknown): [number, number][] {
  const pairs = JSON.stringify(geometry).match(/-?\d+(?:\.\d+)?,-?\d+(?:\.\d+)?/g) ?? [];
  return pairs.map((pair) => pair.split(",").map(Number) as [number, number]);
}

/** The extent of these positions on screen, in client pixels. */
export function screenBoxOf(page: Page, positions: readonly [number, number][]): Promise<ScreenBox> {
  return page.evaluate((lngLats) => {
    const canvas = document.querySelector(".map-canvas") as HTMLElement & {
      maplibreMap: { project: (lngLat: [number, number]) => { x: number; y: number } };
    };
    const origin = canvas.getBoundingClientRect();
    const xy = lngLats.map((lngLat) => canvas.maplibreMap.project(lngLat));
    const xs = xy.map((point) => point.x + origin.left);
    const ys = xy.map((point) => point.y + origin.top);
    return { left: Math.min(...xs), right: Math.max(...xs), top: Math.min(...ys), bottom: Math.max(...ys) };
  }, positions);
}

/** A project's extent on screen. */
export function projectScreenBox(page: Page, feature: ProjectFeature | undefined): Promise<ScreenBox> {
  return screenBoxOf(page, positionsOf(feature?.geometry));
}

/** Whether two boxes share any area (touching edges do not count). */
export function overlaps(a: ScreenBox, b: ScreenBox): boolean {
  return a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;
}

/** An element's box in the same form, or null when it is not rendered. */
export async function elementBox(page: Page, selector: string): Promise<ScreenBox | null> {
  const box = await page.locator(selector).first().boundingBox();
  return box ? { left: box.x, right: box.x + box.width, top: box.y, bottom: box.y + box.height } : null;
}
