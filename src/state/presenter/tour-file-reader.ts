// Reads a presenter's tour file off the page's thread (issue 32, R4): the file's text is decoded, parsed
// and checked against the projects and the plan's text in a worker, and only the checked tour (at
// most 100 slides, each caption within its limit) and its problems come back. A 19 MB file held the
// page for over a second when it was read here. Where Workers are missing (unit tests in Node) the same
// reading runs in this thread; a worker whose own file cannot be fetched ends in a problem line.
import type { ValidatedTour } from "../../data/validate-tour";
import type { TourFileRequest, TourFileResponse } from "./read-tour-file";

interface WorkerLike {
  postMessage: (message: TourFileRequest) => void;
  onmessage: ((event: MessageEvent<TourFileResponse>) => void) | null;
  onerror: ((event: ErrorEvent | Event) => void) | null;
  terminate: () => void;
  fileName?: string; // the worker's own file, named when it cannot be fetched
}

/** The tour in `file`, checked; rejects with a message a presenter can read when it cannot be read. */
export function readTourFile(
  request: TourFileRequest,
  createWorker = createTourFileWorker,
): Promise<ValidatedTour> {
  const worker = createWorker();
  return new Promise<ValidatedTour>((resolve, reject) => {
    worker.onmessage = (event) => {
      worker.terminate();
      if (event.data.ok) resolve(event.data.read);
      else reject(new Error(event.data.message));
    };
    worker.onerror = (event) => {
      worker.terminate();
      const message =
        "message" in event && event.message
          ? event.message
          : `${worker.fileName ?? "tour-file.worker.js"} did not load`;
      reject(new Error(`the tour reader could not be loaded (${message})`));
    };
    worker.postMessage(request);
  });
}

function createTourFileWorker(): WorkerLike {
  // A production build always has Workers: the fallback below (and its chunk) is left out of it.
  if (import.meta.env.PROD || typeof Worker !== "undefined") {
    // Written inline: Vite builds a worker only from \`new Worker(new URL(…))\` itself.
    const worker = new Worker(new URL("./tour-file.worker.ts", import.meta.url), {
      type: "module",
    }) as unknown as WorkerLike;
    worker.fileName = "tour-file.worker.js"; // its built name adds a hash
    return worker;
  }
  const local: WorkerLike = {
    onmessage: null,
    onerror: null,
    postMessage: (message) => {
      void import("./read-tour-file").then(async ({ checkTourFile }) =>
        local.onmessage?.({ data: await checkTourFile(message) } as MessageEvent<TourFileResponse>),
      );
    },
    terminate: () => {
      local.onmessage = null;
    },
  };
  return local;
}
