import { describe, expect, it } from "vitest";
import { fakeTimer } from "../../tests/support/fake-timer";
import { hasSettled } from "../../tests/support/settled";
import { createLatch } from "./latch";

describe("a start-up latch", () => {
  it("holds waiting work until released, then lets it go once and cancels the fallback", async () => {
    const { timer, setTimer } = fakeTimer();
    const latch = createLatch(15_000, setTimer);
    expect(timer.delay).toBe(15_000);
    expect(await hasSettled(latch.done)).toBe(false);
    latch.release();
    latch.release();
    expect(await hasSettled(latch.done)).toBe(true);
    expect(timer.running).toBe(false);
  });

  it("lets the work go after the fallback delay when nothing releases it", async () => {
    const { timer, setTimer } = fakeTimer();
    const latch = createLatch(15_000, setTimer);
    timer.fire();
    expect(await hasSettled(latch.done)).toBe(true);
  });
});
