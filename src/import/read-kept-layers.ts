// Reads back the layers kept in this browser: their settings first (a few bytes each), then each
// layer's features in the import worker, in chunks, so a kept layer of 1,000,000 positions never
// freezes the page on the next visit (issue 32, R4). Each layer is handed over as soon as its features
// are in. Loaded on demand (state/your-layers/use-kept-layers.ts), out of the page's first script.
import { readKeptFeatures } from "./import-client";
import { listUserLayers, type StoredUserLayer } from "./user-layer-store";

/** Resolves "unavailable" when the browser refuses storage, else "ready" once every layer has arrived. */
export async function readKeptLayers(
  arrive: (layer: StoredUserLayer) => void,
  current: () => boolean,
  listed: () => void,
): Promise<"ready" | "unavailable"> {
  let kept: Awaited<ReturnType<typeof listUserLayers>>;
  try {
    kept = await listUserLayers();
  } catch {
    return "unavailable";
  }
  listed();
  for (const settings of kept.settings) {
    const features = kept.legacy.get(settings.id)?.features ?? (await readKeptFeatures(settings.id));
    if (!current()) break;
    // Settings without features (a save cut short) are left in the store, not shown empty.
    if (features) arrive({ ...settings, features: { type: "FeatureCollection", features } });
  }
  return "ready";
}
