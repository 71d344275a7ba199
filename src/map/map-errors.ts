// Which of MapLibre's troubles the page hears, in words a report can use: errors other than an online
// basemap's tiles (those fail often and harmlessly; the basemap watchdog decides about them), and a lost
// WebGL context the app did not cause. Returns the function that stops listening before map.remove(),
// which drops the context on purpose.
import type { Map as MapLibreMap } from "maplibre-gl";
import { ONLINE_PREFIX } from "../layers/online-basemap";
import { WORKER_FILE } from "./bundled-assets";

export function forwardMapErrors(map: MapLibreMap, onError: (message: string) => void): () => void {
  map.on("error", (event) => {
    const sourceId = (event as { sourceId?: string }).sourceId;
    if (sourceId?.startsWith(ONLINE_PREFIX)) return;
    const message = event.error?.message ?? "unknown map error";
    // MapLibre does not say which file its worker is: the page names it.
    onError(/worker failed to load/i.test(message) ? `${message} (${WORKER_FILE})` : message);
  });
  const onContextLost = () => onError("webgl-context-lost");
  map.getCanvas().addEventListener("webglcontextlost", onContextLost);
  return () => map.getCanvas().removeEventListener("webglcontextlost", onContextLost);
}
