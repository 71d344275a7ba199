// Before each measured filter change or hover, both pages wait until the map is idle and the browser draws
// frames at its own pace again. MapLibre's idle event says its work has been issued, not drawn: with
// 10,000 projects one frame of the whole city costs seconds of software rendering on this machine
// (docs/performance.md), and a change made while such a frame is still being drawn waits for it, whatever
// the change itself costs. A reader's next move comes after the last result is on screen.
import type { Page } from "playwright-core";

const CALM_INTERVAL_MILLISECONDS = 50; // frames this close together: the compositor keeps up
const CALM_FRAMES = 3; // in a row

interface IdleMap {
  loaded: () => boolean;
  once: (event: string, listener: () => void) => void;
}

export async function waitForCalmFrames(page: Page): Promise<void> {
  await page.evaluate(
    ({ interval, count }) =>
      new Promise<void>((resolve) => {
        const map =
          (window as unknown as { benchMap?: IdleMap }).benchMap ??
          (document.querySelector(".map-canvas") as unknown as { maplibreMap: IdleMap }).maplibreMap;
        let last = 0;
        let calm = 0;
        const tick = (now: number) => {
          calm = last > 0 && now - last < interval ? calm + 1 : 0;
          last = now;
          if (calm >= count) resolve();
          else requestAnimationFrame(tick);
        };
        const start = () => requestAnimationFrame(tick);
        if (map.loaded()) start();
        else map.once("idle", start);
      }),
    { interval: CALM_INTERVAL_MILLISECONDS, count: CALM_FRAMES },
  );
}
