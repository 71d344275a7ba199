// Hover latency, the same on both pages: a pointer move onto a project (a mousemove event dispatched on
// the map's canvas at a project point's pixel) → the next frame MapLibre renders with that project
// outlined (its "hovered" feature state set). The app sets it from its own pointer handling, on the
// highlight layers' own source (src/layers/project-highlight.ts); the bare page with MapLibre's own
// feature-state hover on the project source (bare-page/main.ts).
// Timed inside the page. Each hover starts from a settled map (idle, and the GPU done with the last frame:
// WebGL's finish() waits for it), as a reader's pointer reaching the next project after the last
// outline has appeared: with 10,000 projects one frame of the whole city costs seconds of software
// rendering here (docs/performance.md), and a move made while one is still being drawn waits for it on
// either page, whatever the hover does.
import type { Page } from "playwright-core";

const HOVER_TIMEOUT_MILLISECONDS = 120_000;

/** Hovers `count` different projects in turn; ms per hover. Empty when no project point is in view. */
export async function measureHover(page: Page, count: number): Promise<number[]> {
  return page.evaluate(
    ({ count, timeout }) => {
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
        once: (event: string, listener: () => void) => void;
        loaded: () => boolean;
        off: (event: string, listener: () => void) => void;
      }
      const map =
        (window as unknown as { benchMap?: HoverMap }).benchMap ??
        (document.querySelector(".map-canvas") as unknown as { maplibreMap: HoverMap }).maplibreMap;
      const canvas = map.getCanvas();
      const box = canvas.getBoundingClientRect();
      // A pixel on each point or line (a middle vertex) where the app's picking box (±6 px, as
      // src/map/pick-project.ts) holds that project and no other.
      const layers = ["project-point", "project-line", "project-zone-outline"];
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
      const settled = () =>
        new Promise<void>((resolve) => {
          const drawn = () => {
            (map.getCanvas().getContext("webgl2") ?? map.getCanvas().getContext("webgl"))?.finish();
            requestAnimationFrame(() => resolve());
          };
          if (map.loaded()) drawn();
          else map.once("idle", drawn);
        });
      return (async () => {
        const times: number[] = [];
        for (const target of targets) {
          await settled();
          times.push(await hoverOnce(target));
        }
        return times;
      })();
    },
    { count, timeout: HOVER_TIMEOUT_MILLISECONDS },
  );
}
