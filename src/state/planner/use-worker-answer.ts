// The React side of latest-answer.ts: feeds it the worker, the key and the mode on every change and
// renders its answer.
import { useEffect, useRef, useState } from "react";
import { type AnswerMode, LatestAnswer, NO_ANSWER, type WorkerAnswer } from "./latest-answer";
import type { PlannerJob, PlannerWorkerClient } from "./planner-worker-client";

export function useWorkerAnswer(
  client: PlannerWorkerClient | null,
  key: string | null,
  job: () => PlannerJob,
  mode: AnswerMode,
): WorkerAnswer {
  const [answer, setAnswer] = useState<WorkerAnswer>(NO_ANSWER);
  const [keeper] = useState(() => new LatestAnswer(setAnswer));
  const makeJob = useRef(job);
  makeJob.current = job;
  useEffect(() => keeper.update(client, key, mode, () => makeJob.current()), [keeper, client, key, mode]);
  return answer;
}
