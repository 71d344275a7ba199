// One answer from a planner worker, kept as the reader's view changes: the worker is asked for a key
// while its answer is `wanted`, or once beforehand when it may be `prepare`d (the view at a settled
// moment after start-up, see browser/when-settled.ts). An answer shows only while its key is still the
// one wanted (a stale one never replaces a newer view), and a key held or on its way is not asked for
// again, so opening the tab on a prepared view costs no new work. Pure: the hook only feeds it.
import type { PlannerResponse } from "../../analysis/planner-requests";
import type { PlannerJob, PlannerWorkerClient } from "./planner-worker-client";

export type AnswerMode = "wanted" | "prepare" | "off";

export interface WorkerAnswer {
  response: PlannerResponse | null; // the last answer shown
  key: string | null; // what that answer is for
  busy: boolean; // a wanted answer is on its way
  roundTrip: number | null; // ms from asking to the answer
}

export const NO_ANSWER: WorkerAnswer = { response: null, key: null, busy: false, roundTrip: null };

type Client = Pick<PlannerWorkerClient, "serial" | "run">;

export class LatestAnswer {
  private answer = NO_ANSWER;
  private wanted: string | null = null;
  private readonly inFlight = new Set<string>(); // asked, not yet answered (nor superseded)
  private held: string | null = null;
  private prepared = false;

  constructor(
    private readonly onChange: (answer: WorkerAnswer) => void,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** `key` null: nothing to ask (a refused N, no catchment layer); the answer is cleared. */
  update(client: Client | null, key: string | null, mode: AnswerMode, job: () => PlannerJob): void {
    if (key === null) {
      this.wanted = null;
      this.held = null;
      this.show(NO_ANSWER);
      return;
    }
    if (!client || mode === "off") {
      this.wanted = null;
      this.show({ ...this.answer, busy: false });
      return;
    }
    if (mode === "prepare" && this.prepared) return; // one answer before it is wanted, no more
    this.prepared = true;
    const full = `${client.serial}|${key}`;
    this.wanted = full;
    if (full === this.held) {
      this.show({ ...this.answer, busy: false });
      return;
    }
    this.show({ ...this.answer, busy: true });
    if (this.inFlight.has(full)) return;
    this.inFlight.add(full);
    const start = this.now();
    void client.run(job()).then((response) => {
      this.inFlight.delete(full);
      if (!response || this.wanted !== full) return;
      this.held = full;
      this.show({ response, key, busy: false, roundTrip: this.now() - start });
    });
  }

  private show(answer: WorkerAnswer): void {
    const same =
      answer.response === this.answer.response &&
      answer.key === this.answer.key &&
      answer.busy === this.answer.busy &&
      answer.roundTrip === this.answer.roundTrip;
    if (same) return;
    this.answer = answer;
    this.onChange(answer);
  }
}
