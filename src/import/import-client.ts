// What the page calls to import a file or read a kept layer's features: checks the size before reading
// a file into memory, then runs one request in a fresh import worker and resolves with the outcome (a
// layer, or a refusal with its reason). The features arrive in chunks, each its own task. It never
// rejects for a bad file; it rejects only when the caller aborts (Cancel), which ends the worker at
// once, wherever it is. A worker whose file cannot be fetched ends in a refusal that names it.
import type { Feature } from "geojson";
import { MAX_FILE_BYTES } from "./import-limits";
import type { ImportRequest, ImportResponse } from "./import-protocol";
import type {
  ImportMessage,
  ImportOptions,
  ImportOutcome,
  ImportResult,
  ProgressListener,
} from "./import-types";
import { megabytes } from "./megabytes";
import { newUserLayerId, removeUserLayer } from "./user-layer-store";

export interface ImportWorkerLike {
  postMessage: (message: ImportRequest, transfer: Transferable[]) => void;
  onmessage: ((event: MessageEvent<ImportResponse>) => void) | null;
  onerror?: ((event: ErrorEvent | Event) => void) | null;
  terminate: () => void;
  fileName?: string; // the worker's own file, named when it cannot be fetched
}

// An accepted import: the layer's id (its features are kept under it) and whether they were kept.
export type ClientOutcome =
  | { ok: true; result: ImportResult; layerId: string; saved: boolean }
  | { ok: false; refusal: ImportMessage };

interface Collected {
  outcome: ImportOutcome | null;
  features: Feature[];
  saved: boolean;
  found: boolean;
}

export async function importFile(
  file: Pick<File, "name" | "size" | "arrayBuffer">,
  options: ImportOptions = {},
  onProgress?: ProgressListener,
  signal?: AbortSignal,
  createWorker: () => ImportWorkerLike = createImportWorker,
): Promise<ClientOutcome> {
  if (file.size > MAX_FILE_BYTES) {
    return {
      ok: false,
      refusal: {
        code: "too-large",
        values: { megabytes: megabytes(file.size), limit: MAX_FILE_BYTES / 2 ** 20 },
      },
    };
  }
  signal?.throwIfAborted();
  const buffer = await file.arrayBuffer();
  signal?.throwIfAborted();
  const layerId = newUserLayerId();
  const request: ImportRequest = { kind: "import", file: buffer, name: file.name, options, layerId };
  const collected = await runWorker(request, [buffer], createWorker, signal, onProgress).catch(
    (error: unknown) => {
      // Cancelled: the worker may have kept some features before it was ended; they are no layer.
      void removeUserLayer(layerId).catch(() => undefined);
      throw error;
    },
  );
  const outcome = collected.outcome ?? {
    ok: false,
    refusal: { code: "unreadable", values: { detail: "—" } },
  };
  if (!outcome.ok) return outcome;
  const layer = {
    ...outcome.result.layer,
    features: { type: "FeatureCollection" as const, features: collected.features },
  };
  return { ok: true, result: { ...outcome.result, layer }, layerId, saved: collected.saved };
}

/** A kept layer's features, read in the worker; null when none are kept under `layerId`. */
export async function readKeptFeatures(
  layerId: string,
  createWorker: () => ImportWorkerLike = createImportWorker,
): Promise<Feature[] | null> {
  const collected = await runWorker({ kind: "read", layerId }, [], createWorker);
  return collected.found ? collected.features : null;
}

function runWorker(
  request: ImportRequest,
  transfer: Transferable[],
  createWorker: () => ImportWorkerLike,
  signal?: AbortSignal,
  onProgress?: ProgressListener,
): Promise<Collected> {
  const worker = createWorker();
  const collected: Collected = { outcome: null, features: [], saved: false, found: false };
  return new Promise<Collected>((resolve, reject) => {
    const finish = () => {
      worker.terminate();
      signal?.removeEventListener("abort", abort);
    };
    const abort = () => {
      finish();
      reject(signal?.reason);
    };
    const refuse = (code: string, detail: string) => {
      finish();
      resolve({
        ...collected,
        outcome: { ok: false, refusal: { code, values: { detail: detail.slice(0, 160) } } },
      });
    };
    signal?.addEventListener("abort", abort, { once: true });
    worker.onmessage = (event) => {
      const response = event.data;
      if (response.kind === "progress") onProgress?.({ loaded: response.loaded, total: response.total });
      else if (response.kind === "result") collected.outcome = response.outcome;
      else if (response.kind === "features") {
        for (const feature of response.features) collected.features.push(feature);
      } else if (response.kind === "end") {
        finish();
        resolve({ ...collected, saved: response.saved, found: response.found });
      } else refuse("unreadable", response.message);
    };
    // The worker's own file could not be fetched (offline, a new deployment): say so, never wait.
    worker.onerror = (event) => {
      const message =
        "message" in event && event.message
          ? event.message
          : `${worker.fileName ?? "import.worker.js"} did not load`;
      refuse(request.kind === "import" ? "importer-failed" : "unreadable", message);
    };
    worker.postMessage(request, transfer);
  });
}

// A module worker built by Vite. Where Workers are missing (unit tests in Node), the same handler runs
// in this thread once its module has loaded, so results still arrive asynchronously; the readers then
// load as a chunk of their own, which a browser never fetches.
export function createImportWorker(): ImportWorkerLike {
  // A production build always has Workers: the fallback below (and its chunk) is left out of it.
  if (import.meta.env.PROD || typeof Worker !== "undefined") {
    // Written inline: Vite builds a worker only from \`new Worker(new URL(…))\` itself.
    const worker = new Worker(new URL("./import.worker.ts", import.meta.url), {
      type: "module",
    }) as unknown as ImportWorkerLike;
    worker.fileName = "import.worker.js"; // its built name adds a hash
    return worker;
  }
  const handler = import("./import-protocol").then((module) => module.handleImportRequest);
  const local: ImportWorkerLike = {
    onmessage: null,
    postMessage: (message) => {
      void handler.then((handle) =>
        handle(message, (response) => local.onmessage?.({ data: response } as MessageEvent<ImportResponse>)),
      );
    },
    terminate: () => {
      local.onmessage = null;
    },
  };
  return local;
}
