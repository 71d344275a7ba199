// Talks to one planner worker, latest request only: while the worker is busy a new request replaces
// any request still waiting (which resolves to null, superseded), so typing "1", "15", "150" in the
// distance box runs at most the current job and the last one, never a queue of stale tables.
// A worker that fails to load (a missing file after a new deployment) or never answers (a stalled
// download, an endless computation) ends the waiting job with a refusal the panel shows, never an
// endless "计算中…".
import { rejected } from "../../analysis/analysis-result";
import type { PlannerRequest, PlannerResponse } from "../../analysis/planner-requests";

export interface WorkerLike {
  postMessage: (message: PlannerRequest) => void;
  onmessage: ((event: MessageEvent<PlannerResponse>) => void) | null;
  onerror?: ((event: ErrorEvent | Event) => void) | null;
  terminate: () => void;
  fileName?: string; // the worker's own file, named when it cannot be fetched
}

// Far above the slowest table measured (about 2 s for the first on a laptop, ten times that on a
// loaded 2-core machine with software rendering), so only a worker that is truly stuck hits it.
export const WORKER_TIMEOUT_MILLISECONDS = 30_000;

type Job = { request: PlannerRequest & { id: number }; resolve: (response: PlannerResponse | null) => void };
type JobRequest = Exclude<PlannerRequest, { kind: "init" }>;
// Omit over each member of the union; a plain Omit would keep only the keys they share.
export type PlannerJob = JobRequest extends infer Member
  ? Member extends JobRequest
    ? Omit<Member, "id">
    : never
  : never;

let clients = 0;

export class PlannerWorkerClient {
  // Tells this worker's answers from an earlier one's (a reload of the data starts a new worker).
  readonly serial = ++clients;
  private running: Job | null = null;
  private waiting: Job | null = null;
  private nextId = 1;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private broken: string | null = null; // why the worker cannot run: every job is refused at once

  constructor(
    private readonly worker: WorkerLike,
    private readonly timeoutMilliseconds = WORKER_TIMEOUT_MILLISECONDS,
  ) {
    worker.onmessage = (event) => {
      const job = this.running;
      if (!job || event.data.id !== job.request.id) return; // late answer to a job already given up
      clearTimeout(this.timer);
      this.running = null;
      job.resolve(event.data);
      this.pump();
    };
    worker.onerror = (event) => {
      const message =
        "message" in event && event.message
          ? event.message
          : `${worker.fileName ?? "the worker file"} did not load`;
      this.broken = message;
      this.refuse(
        this.running,
        `the analysis could not start (${message})`,
        `分析程序无法启动（${message}）`,
      );
      this.refuse(
        this.waiting,
        `the analysis could not start (${message})`,
        `分析程序无法启动（${message}）`,
      );
      this.running = null;
      this.waiting = null;
    };
  }

  init(message: Extract<PlannerRequest, { kind: "init" }>): void {
    this.worker.postMessage(message);
  }

  run(request: PlannerJob): Promise<PlannerResponse | null> {
    return new Promise((resolve) => {
      if (this.broken) {
        const failed = { request: { ...request, id: this.nextId++ } as JobRequest, resolve };
        const reason = this.broken;
        return this.refuse(
          failed,
          `the analysis could not start (${reason})`,
          `分析程序无法启动（${reason}）`,
        );
      }
      this.waiting?.resolve(null);
      this.waiting = { request: { ...request, id: this.nextId++ } as JobRequest, resolve };
      this.pump();
    });
  }

  terminate(): void {
    clearTimeout(this.timer);
    this.worker.terminate();
    this.running?.resolve(null);
    this.waiting?.resolve(null);
    this.running = null;
    this.waiting = null;
  }

  private pump(): void {
    if (this.running || !this.waiting) return;
    const job = this.waiting;
    this.running = job;
    this.waiting = null;
    this.worker.postMessage(job.request);
    const seconds = Math.round(this.timeoutMilliseconds / 1000);
    this.timer = setTimeout(() => {
      if (this.running !== job) return;
      this.running = null;
      this.refuse(
        job,
        `the analysis did not answer within ${seconds} s; change a setting to try again, or reload the page`,
        `分析程序 ${seconds} 秒内没有回应；请更改设置重试，或重新加载页面`,
      );
      this.pump();
    }, this.timeoutMilliseconds);
  }

  private refuse(job: Job | null, english: string, chinese: string): void {
    job?.resolve({
      id: job.request.id,
      result: rejected(
        "worker-failed",
        `The calculation did not finish: ${english}.`,
        `计算未能完成：${chinese}。`,
      ),
      milliseconds: 0,
    });
  }
}

// A module worker built by Vite; where Workers are missing (unit tests in Node), the same handler runs
// in this thread after a macrotask, so results still arrive asynchronously.
export function createPlannerWorker(): WorkerLike {
  // A production build always has Workers: the fallback below (and its chunk) is left out of it.
  if (import.meta.env.PROD || typeof Worker !== "undefined") {
    // Written inline: Vite builds a worker only from \`new Worker(new URL(…))\` itself.
    const worker = new Worker(new URL("../../analysis/planner.worker.ts", import.meta.url), {
      type: "module",
    }) as unknown as WorkerLike;
    worker.fileName = "planner.worker.js"; // its built name adds a hash
    return worker;
  }
  // No Worker (unit tests in Node): the same handler in this thread. Imported on demand so the analysis
  // code stays out of the page's first script, which only ever uses the real worker.
  const handler = import("../../analysis/planner-requests").then((module) => ({
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
