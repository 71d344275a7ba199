import { describe, expect, it } from "vitest";
import { hasSettled } from "../../tests/support/settled";
import { createLatch, type SetTimer } from "./latch";

function fakeTimer() {
  const timer = { fire: () => undefined as unknown, delay: 0, running: false };
  const setTimer: SetTimer = (callback, milliseconds) => {
    timer.fire = callback;
    timer.delay = milliseconds;
    timer.running = true;
    return () => {
      timer.running = false;
    };
  };
  return { timer, setTimer };
}

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
