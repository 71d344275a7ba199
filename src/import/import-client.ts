// What the UI calls to import a file: checks the size before reading it into memory, then reads it in
// a Web Worker and resolves with the outcome (a layer, or a refusal with its reason). It never rejects
// for a bad file; it rejects only when the caller aborts.
import { MAX_FILE_BYTES } from "./import-limits";
import type { ImportRequest, ImportResponse } from "./import-protocol";
import type { ImportOptions, ImportOutcome, ProgressListener } from "./import-types";

const BYTES_PER_MEGABYTE = 1024 * 1024;

export interface ImportWorkerLike {
  postMessage: (message: ImportRequest, transfer: Transferable[]) => void;
  onmessage: ((event: MessageEvent<ImportResponse>) => void) | null;
  terminate: () => void;
}

export async function importFile(
  file: Pick<File, "name" | "size" | "arrayBuffer">,
  options: ImportOptions = {},
  onProgress?: ProgressListener,
  signal?: AbortSignal,
  createWorker: () => ImportWorkerLike = createImportWorker,
): Promise<ImportOutcome> {
  if (file.size > MAX_FILE_BYTES) {
    return {
      ok: false,
      refusal: {
        code: "too-large",
        values: {
          megabytes: Math.ceil(file.size / BYTES_PER_MEGABYTE),
          limit: MAX_FILE_BYTES / BYTES_PER_MEGABYTE,
        },
      },
    };
  }
  signal?.throwIfAborted();
  const buffer = await file.arrayBuffer();
  signal?.throwIfAborted();
  const worker = createWorker();
  return new Promise<ImportOutcome>((resolve, reject) => {
    const finish = () => {
      worker.terminate();
      signal?.removeEventListener("abort", abort);
    };
    const abort = () => {
      finish();
      reject(signal?.reason);
    };
    signal?.addEventListener("abort", abort, { once: true });
    worker.onmessage = (event) => {
      const response = event.data;
      if (response.kind === "progress") onProgress?.({ loaded: response.loaded, total: response.total });
      else {
        finish();
        resolve(
          response.kind === "result"
            ? response.outcome
            : {
                ok: false,
                refusal: { code: "unreadable", values: { detail: response.message.slice(0, 120) } },
              },
        );
      }
    };
    worker.postMessage({ file: buffer, name: file.name, options }, [buffer]);
  });
}

// A module worker built by Vite; where Workers are missing (unit tests in Node), the same handler runs
// in this thread once its module has loaded, so results still arrive asynchronously. The worker itself
// imports the readers statically: a dynamic import inside a worker would need a code-splitting worker
// build, which the planner worker does not use either.
export function createImportWorker(): ImportWorkerLike {
  if (typeof Worker !== "undefined") {
    return new Worker(new URL("./import.worker.ts", import.meta.url), {
      type: "module",
    }) as unknown as ImportWorkerLike;
  }
  // Imported on demand so the page's scripts carry the readers only inside the worker.
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
