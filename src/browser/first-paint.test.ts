import { describe, expect, it } from "vitest";
import { fakeTimer } from "../../tests/support/fake-timer";
import { hasSettled } from "../../tests/support/settled";
import { type PaintEnvironment, whenFirstPainted } from "./first-paint";

function fakeEnvironment(withPaintTiming = true) {
  const { timer, setTimer } = fakeTimer();
  const state = { paint: () => undefined as unknown, observing: false, timer };
  const environment: PaintEnvironment = {
    observePaint: withPaintTiming
      ? (onPaint) => {
          state.paint = onPaint;
          state.observing = true;
          return () => {
            state.observing = false;
          };
        }
      : null,
    setTimer,
  };
  return { environment, state };
}

describe("whenFirstPainted", () => {
  it("waits for the first contentful paint, then stops watching and cancels the fallback", async () => {
    const { environment, state } = fakeEnvironment();
    const painted = whenFirstPainted(environment);
    expect(await hasSettled(painted)).toBe(false);
    state.paint();
    expect(await hasSettled(painted)).toBe(true);
    expect(state.observing).toBe(false);
    expect(state.timer.running).toBe(false);
  });

  it("moves on after the fallback delay when the page never paints (a background tab)", async () => {
    const { environment, state } = fakeEnvironment();
    const painted = whenFirstPainted(environment);
    state.timer.fire();
    expect(await hasSettled(painted)).toBe(true);
    expect(state.observing).toBe(false);
  });

  it("relies on the fallback alone in a browser without paint timing", async () => {
    const { environment, state } = fakeEnvironment(false);
    const painted = whenFirstPainted(environment);
    expect(await hasSettled(painted)).toBe(false);
    state.timer.fire();
    expect(await hasSettled(painted)).toBe(true);
  });
});
