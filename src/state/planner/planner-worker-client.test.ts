import { describe, expect, it } from "vitest";
import { EQUATOR_COUNTIES } from "../../../tests/support/equator-counties";
import { line, makeProject } from "../../../tests/support/make-project";
import { createPlannerWorker, PlannerWorkerClient, type WorkerLike } from "./planner-worker-client";

// 0.05° of longitude on the equator inside the west county = 5.5598 km (see select-by-area.test.ts).
const railway = makeProject(line([0.05, 0.05], [0.1, 0.05]), { id: "railway", counties: ["330402"] });

function client() {
  const worker = new PlannerWorkerClient(createPlannerWorker());
  worker.init({ kind: "init", projects: [railway], counties: EQUATOR_COUNTIES });
  return worker;
}

describe("planner worker client", () => {
  it("answers a coverage request for the projects named by id", async () => {
    const response = await client().run({ kind: "coverage", projectIds: ["railway"], distance: 1 });
    const result = response?.result;
    if (!result?.ok || !("rows" in result.value)) throw new Error("no table");
    expect(result.value.rows.at(-1)?.railwayKilometres).toBeCloseTo(5.5598, 3);
  });

  it("passes a refusal through, with no numbers", async () => {
    const response = await client().run({ kind: "coverage", projectIds: ["railway"], distance: 0 });
    expect(response?.result.ok).toBe(false);
  });

  it("drops a waiting request when a newer one arrives, and runs the newest", async () => {
    const worker = client();
    const first = worker.run({
      kind: "catchments",
      projectIds: ["railway"],
      layers: ["railway"],
      distance: 1,
    });
    const superseded = worker.run({ kind: "coverage", projectIds: [], distance: 1 });
    const latest = worker.run({ kind: "coverage", projectIds: ["railway"], distance: 2 });
    expect(await superseded).toBeNull();
    expect((await first)?.result.ok).toBe(true);
    const table = (await latest)?.result;
    expect(table?.ok && "distanceKilometres" in table.value && table.value.distanceKilometres).toBe(2);
  });
});

describe("a worker that fails or stalls", () => {
  const silent = (): WorkerLike => ({
    postMessage: () => undefined,
    onmessage: null,
    terminate: () => undefined,
  });

  it("ends a job the worker never answers with a refusal, and runs the next one", async () => {
    const worker = silent();
    const stalled = new PlannerWorkerClient(worker, 50);
    const response = await stalled.run({ kind: "coverage", projectIds: [], distance: 1 });
    expect(response?.result).toMatchObject({
      ok: false,
      reason: "worker-failed",
      message_zh: "计算未能完成：分析程序 0 秒内没有回应；请更改设置重试，或重新加载页面。",
    });
    const next = stalled.run({ kind: "coverage", projectIds: [], distance: 2 });
    expect((await next)?.result.ok).toBe(false);
  });

  it("refuses at once, now and later, when the worker file fails to load", async () => {
    const worker = silent();
    const client = new PlannerWorkerClient(worker, 60_000);
    const waiting = client.run({ kind: "coverage", projectIds: [], distance: 1 });
    worker.onerror?.(new Event("error"));
    expect((await waiting)?.result).toMatchObject({ ok: false, reason: "worker-failed" });
    const later = await client.run({ kind: "coverage", projectIds: [], distance: 1 });
    expect(later?.result).toMatchObject({
      message_en:
        "The calculation did not finish: the analysis could not start (the worker file did not load).",
    });
  });
});
