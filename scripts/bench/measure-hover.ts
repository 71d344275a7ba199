// Hover latency, the same on both pages: a pointer move onto a project (a mousemove event dispatched on
// the map's canvas at a project point's pixel) → the next frame MapLibre renders with that project
// outlined (its "hovered" feature state set). The app sets it from its own pointer handling, on the
// highlight layers' own source (src/layers/project-highlight.ts); the bare page with MapLibre's own
// feature-state hover on the project source (bare-page/main.ts).
// Timed inside the page; each hover starts from a settled map (calm-frames.ts).
import type { Page } from "playwright-core";
import { waitForCalmFrames } from "./calm-frames";

const HOVER_TIMEOUT_MILLISECONDS = 120_000;

/** Hovers up to `count` different projects in turn; ms per hover. Empty when no project is in view. */
export async function measureHover(page: Page, count: number): Promise<number[]> {
  const times: number[] = [];
  for (let index = 0; index < count; index++) {
    await waitForCalmFrames(page);
    const time = await hoverTarget(page, index, count);
    if (time === null) break;
    times.push(time);
  }
  return times;
}

// Hovers the index-th target (the same list each time, on a map that has not moved); null past the last.
function hoverTarget(page: Page, index: number, count: number): Promise<number | null> {
  return page.evaluate(
    ({ index, count, timeout }) => {
      interface Rendered {
        id?: string | number;
        geometry: unknown;
      }
      interface HoverMap {
        getCanvas: () => HTMLCanvasElement;
        queryRenderedFeatures: (point?: unknown, options?: { layers: string[] }) => Rendered[];
        project: (position: [number, number]) => { x: number; y: number };
        getFeatureState: (feature: { source: string; id: string | number }) => Record<string, unknown>;
        getSource: (id: string) => unknown;
        on: (event: string, listener: () => void) => void;
        off: (event: string, listener: () => void) => void;
      }
      const map =
        (window as unknown as { benchMap?: HoverMap }).benchMap ??
        (document.querySelector(".map-canvas") as unknown as { maplibreMap: HoverMap }).maplibreMap;
      const canvas = map.getCanvas();
      const box = canvas.getBoundingClientRect();
      // A pixel on each point or line (a middle vertex) where the app's picking box (±6 px, as
      // src/map/pick-project.ts) holds that project and no other.
      // Found once per page and kept on it: searching every rendered feature takes seconds at 10,000.
      const cache = window as unknown as {
        benchHoverTargets?: { id: string | number; x: number; y: number }[];
      };
      const layers = ["project-point", "project-line", "project-zone-outline"];
      const findTargets = () => {
        const targets: { id: string | number; x: number; y: number }[] = [];
        for (const feature of map.queryRenderedFeatures(undefined, { layers: layers.slice(0, 2) })) {
          if (feature.id === undefined || targets.some((target) => target.id === feature.id)) continue;
          const { type, coordinates } = feature.geometry as { type: string; coordinates: unknown };
          const line =
            type === "LineString"
              ? (coordinates as number[][])
              : type === "MultiLineString"
                ? (coordinates as number[][][])[0]
                : undefined;
          const position = type === "Point" ? (coordinates as number[]) : line?.[Math.floor(line.length / 2)];
          if (!position) continue;
          const { x, y } = map.project(position as [number, number]);
          if (x < 20 || y < 20 || x > box.width - 20 || y > box.height - 20) continue;
          const under = map.queryRenderedFeatures(
            [
              [x - 6, y - 6],
              [x + 6, y + 6],
            ],
            { layers },
          );
          if (under.length > 0 && under.every((other) => other.id === feature.id))
            targets.push({ id: feature.id, x, y });
          if (targets.length >= count) break;
        }
        return targets;
      };
      cache.benchHoverTargets ??= findTargets();
      const targets = cache.benchHoverTargets;
      const source = map.getSource("project-outlines") ? "project-outlines" : "projects";
      const outlined = (id: string | number) => map.getFeatureState({ source, id }).hovered === true;
      const hoverOnce = (target: { id: string | number; x: number; y: number }) =>
        new Promise<number>((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error("no highlighted frame")), timeout);
          const onRender = () => {
            if (!outlined(target.id)) return;
            map.off("render", onRender);
            clearTimeout(timer);
            resolve(performance.now() - start);
          };
          map.on("render", onRender);
          const start = performance.now();
          canvas.dispatchEvent(
            new MouseEvent("mousemove", {
              clientX: box.left + target.x,
              clientY: box.top + target.y,
              bubbles: true,
            }),
          );
        });
      const target = targets[index];
      return target ? hoverOnce(target) : null;
    },
    { index, count, timeout: HOVER_TIMEOUT_MILLISECONDS },
  );
}
