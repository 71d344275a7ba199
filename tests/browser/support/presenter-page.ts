// What the presentation shows, read from the page: when a slide's frame is on screen, the panels' boxes,
// where places land on the map, and which names the map has written.
import type { Page } from "playwright-core";

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export const PANELS = {
  caption: ".presenter-caption",
  legend: ".presenter-legend",
  controls: ".presenter-controls",
  counter: ".presenter-counter",
  inset: ".presenter-inset",
} as const;

/**
 * Waits until the slide is on screen: the overlay marks data-settled with the slide's id once the map
 * has moved to the slide's camera request and drawn it (no animation frames counted).
 */
export async function waitForSlide(page: Page, id: string, timeout = 30_000): Promise<void> {
  try {
    await page.locator(`.presenter[data-settled="${id}"]`).waitFor({ timeout });
  } catch (error) {
    // Say where the page stands: which slide, which camera request the map has drawn, whether it is idle.
    const where = await page.evaluate(() => {
      const data = (selector: string) => ({ ...document.querySelector<HTMLElement>(selector)?.dataset });
      const presenter = data(".presenter");
      delete presenter.shownIds;
      return { presenter, map: data(".map-canvas"), link: location.search };
    });
    throw new Error(`slide ${id} was not settled: ${JSON.stringify(where)}`, { cause: error });
  }
}

export async function presenterState(page: Page) {
  return page.locator(".presenter").evaluate((element: HTMLElement) => ({
    slideId: element.dataset.slideId ?? "",
    number: Number(element.dataset.slideNumber),
    shownIds: (element.dataset.shownIds ?? "").split(",").filter(Boolean).sort(),
  }));
}

export async function panelBoxes(page: Page): Promise<Partial<Record<keyof typeof PANELS, Box>>> {
  return page.evaluate((panels) => {
    const boxes: Record<string, Box> = {};
    for (const [name, selector] of Object.entries(panels)) {
      const element = document.querySelector(selector);
      if (!element) continue;
      const { left, top, right, bottom, width } = element.getBoundingClientRect();
      if (width > 0) boxes[name] = { left, top, right, bottom };
    }
    return boxes;
  }, PANELS);
}

/** Where each position lands on the screen, as the map projects it now. */
export async function screenPoints(page: Page, positions: number[][]): Promise<{ x: number; y: number }[]> {
  return page.evaluate((list) => {
    const map = (document.querySelector(".map-canvas") as unknown as { maplibreMap: ProjectingMap })
      .maplibreMap;
    return list.map((position) => {
      const { x, y } = map.project(position as [number, number]);
      return { x, y };
    });
  }, positions);
}
interface ProjectingMap {
  project: (position: [number, number]) => { x: number; y: number };
}

/** The ids of the projects whose features the map draws (or names) in these layers now. */
export async function renderedIds(page: Page, layers: string[]): Promise<string[]> {
  return page.evaluate((names) => {
    const map = (document.querySelector(".map-canvas") as unknown as { maplibreMap: QueryingMap })
      .maplibreMap;
    const ids = map
      .queryRenderedFeatures(undefined, { layers: names })
      // A project the map hides (filtered out, or kept to the inset) stays in the tiles at opacity 0.
      .filter((feature) => feature.state?.hidden !== true)
      .map((feature) => String(feature.properties.id));
    return [...new Set(ids)].sort();
  }, layers);
}
interface QueryingMap {
  queryRenderedFeatures: (
    geometry: undefined,
    options: { layers: string[] },
  ) => { properties: { id: unknown }; state?: Record<string, unknown> }[];
}

/**
 * The ids of the projects drawn highlighted in these layers now: every project is in the highlight
 * layers, and feature state says which ones are drawn (src/layers/project-highlight.ts).
 */
export async function highlightedOnScreen(page: Page, layers: string[]): Promise<string[]> {
  return page.evaluate((names) => {
    const map = (document.querySelector(".map-canvas") as unknown as { maplibreMap: QueryingMap })
      .maplibreMap;
    const ids = map
      .queryRenderedFeatures(undefined, { layers: names })
      // Reasons to outline, not the "hidden" state of a project the filters leave out.
      .filter((feature) =>
        ["selected", "hovered", "spotlight", "plan"].some((reason) => feature.state?.[reason] === true),
      )
      .map((feature) => String(feature.properties.id));
    return [...new Set(ids)].sort();
  }, layers);
}

export function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
}

export function inside(point: { x: number; y: number }, box: Box): boolean {
  return point.x > box.left && point.x < box.right && point.y > box.top && point.y < box.bottom;
}
