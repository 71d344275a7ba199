import { describe, expect, it } from "vitest";
import { accepted } from "../../analysis/analysis-result";
import type { PlannerResponse } from "../../analysis/planner-requests";
import { LatestAnswer, type WorkerAnswer } from "./latest-answer";
import type { PlannerJob } from "./planner-worker-client";

// A worker whose answers the test releases by hand, in any order.
function fakeClient(serial = 1) {
  const asked: { job: PlannerJob; answer: (value: number | null) => void }[] = [];
  return {
    serial,
    asked,
    run: (job: PlannerJob) =>
      new Promise<PlannerResponse | null>((resolve) => {
        const answer = (value: number | null) => {
          const result = accepted(value) as unknown as PlannerResponse["result"];
          resolve(value === null ? null : { id: 1, result, milliseconds: 1 });
        };
        asked.push({ job, answer });
      }),
  };
}

const job = (distance: number) => (): PlannerJob => ({ kind: "coverage", projectIds: [], distance });
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
const shownValue = (answer: WorkerAnswer | undefined) =>
  answer?.response?.result.ok ? answer.response.result.value : undefined;

describe("the latest answer from a planner worker", () => {
  it("asks once for a view prepared before the tab opens, and not again when it opens", async () => {
    const shown: WorkerAnswer[] = [];
    const keeper = new LatestAnswer((answer) => shown.push(answer));
    const client = fakeClient();
    keeper.update(client, "5", "prepare", job(5));
    keeper.update(client, "7", "prepare", job(7)); // a second view before opening: not prepared
    expect(client.asked).toHaveLength(1);
    client.asked[0]?.answer(5);
    await flush();
    expect(shownValue(shown.at(-1))).toBe(5);
    expect(shown.at(-1)?.key).toBe("5");
    keeper.update(client, "5", "wanted", job(5)); // the tab opens on the prepared view
    expect(client.asked).toHaveLength(1);
    expect(shown.at(-1)?.busy).toBe(false);
  });

  it("never lets a stale answer replace a newer view", async () => {
    const shown: WorkerAnswer[] = [];
    const keeper = new LatestAnswer((answer) => shown.push(answer));
    const client = fakeClient();
    keeper.update(client, "5", "wanted", job(5));
    keeper.update(client, "7", "wanted", job(7));
    expect(shown.at(-1)?.busy).toBe(true);
    client.asked[1]?.answer(7);
    await flush();
    client.asked[0]?.answer(5); // the older job finishes last
    await flush();
    expect(shownValue(shown.at(-1))).toBe(7);
    expect(shown.at(-1)?.busy).toBe(false);
  });

  it("does not ask again for a key on its way, and shows it when it comes back into view", async () => {
    const shown: WorkerAnswer[] = [];
    const keeper = new LatestAnswer((answer) => shown.push(answer));
    const client = fakeClient();
    keeper.update(client, "5", "wanted", job(5));
    keeper.update(client, "7", "wanted", job(7));
    keeper.update(client, "5", "wanted", job(5)); // back to 5 while 5 is still being worked out
    expect(client.asked.map((asked) => asked.job.kind === "coverage" && asked.job.distance)).toEqual([5, 7]);
    client.asked[0]?.answer(5);
    await flush();
    expect(shownValue(shown.at(-1))).toBe(5);
  });

  it("keeps the last answer while switched off, clears it when there is nothing to ask", async () => {
    const shown: WorkerAnswer[] = [];
    const keeper = new LatestAnswer((answer) => shown.push(answer));
    const client = fakeClient();
    keeper.update(client, "5", "wanted", job(5));
    client.asked[0]?.answer(5);
    await flush();
    keeper.update(client, "7", "off", job(7));
    expect(shownValue(shown.at(-1))).toBe(5);
    expect(client.asked).toHaveLength(1);
    keeper.update(client, null, "wanted", job(7));
    expect(shown.at(-1)?.response).toBeNull();
  });

  it("asks a new worker again for a key the old one answered", async () => {
    const keeper = new LatestAnswer(() => undefined);
    const first = fakeClient(1);
    keeper.update(first, "5", "wanted", job(5));
    first.asked[0]?.answer(5);
    await flush();
    const second = fakeClient(2);
    keeper.update(second, "5", "wanted", job(5));
    expect(second.asked).toHaveLength(1);
  });
});
