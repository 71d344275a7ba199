// Talks to one planner worker, latest request only: while the worker is busy a new request replaces
// any request still waiting (which resolves to null, superseded), so typing "1", "15", "150" in the
// distance box runs at most the current job and the last one, never a queue of stale tables.
import type { PlannerRequest, PlannerResponse } from "../analysis/planner-requests";

export interface WorkerLike {
  postMessage: (message: PlannerRequest) => void;
  onmessage: ((event: MessageEvent<PlannerResponse>) => void) | null;
  terminate: () => void;
}

type Job = { request: PlannerRequest & { id: number }; resolve: (response: PlannerResponse | null) => void };
type JobRequest = Exclude<PlannerRequest, { kind: "init" }>;
// Omit over each member of the union; a plain Omit would keep only the keys they share.
export type PlannerJob = JobRequest extends infer Member
  ? Member extends JobRequest
    ? Omit<Member, "id">
    : never
  : never;

export class PlannerWorkerClient {
  private running: Job | null = null;
  private waiting: Job | null = null;
  private nextId = 1;

  constructor(private readonly worker: WorkerLike) {
    worker.onmessage = (event) => {
      const job = this.running;
      this.running = null;
      if (job && event.data.id === job.request.id) job.resolve(event.data);
      this.pump();
    };
  }

  init(message: Extract<PlannerRequest, { kind: "init" }>): void {
    this.worker.postMessage(message);
  }

  run(request: PlannerJob): Promise<PlannerResponse | null> {
    return new Promise((resolve) => {
      this.waiting?.resolve(null);
      this.waiting = { request: { ...request, id: this.nextId++ } as JobRequest, resolve };
      this.pump();
    });
  }

  terminate(): void {
    this.worker.terminate();
    this.running?.resolve(null);
    this.waiting?.resolve(null);
    this.running = null;
    this.waiting = null;
  }

  private pump(): void {
    if (this.running || !this.waiting) return;
    this.running = this.waiting;
    this.waiting = null;
    this.worker.postMessage(this.running.request);
  }
}

// A module worker built by Vite; where Workers are missing (unit tests in Node), the same handler runs
// in this thread after a macrotask, so results still arrive asynchronously.
export function createPlannerWorker(): WorkerLike {
  if (typeof Worker !== "undefined") {
    return new Worker(new URL("../analysis/planner.worker.ts", import.meta.url), {
      type: "module",
    }) as unknown as WorkerLike;
  }
  // No Worker (unit tests in Node): the same handler in this thread. Imported on demand so the analysis
  // code stays out of the page's first script, which only ever uses the real worker.
  const handler = import("../analysis/planner-requests").then((module) => ({
    data: module.emptyPlannerData(),
    handle: module.handlePlannerRequest,
  }));
  const local: WorkerLike = {
    onmessage: null,
    postMessage: (message) => {
      void handler.then(({ data, handle }) => {
        const response = handle(data, message);
        if (response) local.onmessage?.({ data: response } as MessageEvent<PlannerResponse>);
      });
    },
    terminate: () => undefined,
  };
  return local;
}
