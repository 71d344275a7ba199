// The messages between the page and the import worker. The file travels as an ArrayBuffer, transferred
// rather than copied, so a 100 MB file is not held twice. Everything heavy happens in the worker:
// reading, checking, converting, and keeping the layer's features in IndexedDB; the features come back
// in chunks of at most CHUNK_POSITIONS positions, each copied onto the page in a task of its own, so
// a layer of 1,000,000 positions never freezes it (issue 32, R4). The same worker reads a kept layer's
// features back on the next visit, in chunks too.
import type { Feature } from "geojson";
import { chunkFeatures } from "../geo/feature-chunks";
import type { ImportOptions, ImportOutcome } from "./import-types";
import { importUserFile } from "./import-user-file";
import { readUserLayerFeatures, saveUserLayerFeatures } from "./user-layer-store";

export type ImportRequest =
  | { kind: "import"; file: ArrayBuffer; name: string; options: ImportOptions; layerId: string }
  | { kind: "read"; layerId: string };

export type ImportResponse =
  | { kind: "progress"; loaded: number; total: number }
  // An import's outcome; an accepted layer's features follow in "features" messages.
  | { kind: "result"; outcome: ImportOutcome }
  | { kind: "features"; features: Feature[] }
  // The last message: whether the features were kept in the browser, and (a read) whether any were there.
  | { kind: "end"; saved: boolean; found: boolean }
  // Only for a fault no reader foresaw (a bug); the client turns it into an "unreadable" refusal.
  | { kind: "error"; message: string };

// Handles one request, posting progress, results and chunks through post; shared by the worker and by
// the in-thread fallback used where Workers are missing.
export async function handleImportRequest(
  request: ImportRequest,
  post: (response: ImportResponse) => void,
): Promise<void> {
  try {
    if (request.kind === "read") {
      const kept = await attempt(() => readUserLayerFeatures(request.layerId));
      for (const features of chunkFeatures(kept?.features ?? [])) post({ kind: "features", features });
      post({ kind: "end", saved: true, found: Boolean(kept) });
      return;
    }
    const outcome = await importUserFile(request.file, request.name, request.options, (progress) =>
      post({ kind: "progress", ...progress }),
    );
    if (!outcome.ok) {
      post({ kind: "result", outcome });
      post({ kind: "end", saved: false, found: false });
      return;
    }
    const collection = outcome.result.layer.features;
    const layer = { ...outcome.result.layer, features: { type: "FeatureCollection" as const, features: [] } };
    post({ kind: "result", outcome: { ok: true, result: { ...outcome.result, layer } } });
    for (const features of chunkFeatures(collection.features)) post({ kind: "features", features });
    // Kept here, off the page's thread: IndexedDB copies what it stores synchronously.
    const saved =
      outcome.result.imported === 0 ||
      (await attempt(() => saveUserLayerFeatures(request.layerId, collection).then(() => true))) === true;
    post({ kind: "end", saved, found: true });
  } catch (error) {
    post({ kind: "error", message: String((error as Error)?.message ?? error) });
  }
}

// Storage refused (a private window, a full disk, no IndexedDB at all): null, never a throw.
async function attempt<T>(run: () => Promise<T>): Promise<T | null> {
  try {
    return await run();
  } catch {
    return null;
  }
}
