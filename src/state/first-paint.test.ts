import { describe, expect, it } from "vitest";
import { hasSettled } from "../../tests/support/settled";
import { type PaintEnvironment, whenFirstPainted } from "./first-paint";

function fakeEnvironment(withPaintTiming = true) {
  const nothing = () => undefined;
  const state: { paint: () => void; timer: () => void; observing: boolean; timing: boolean } = {
    paint: nothing,
    timer: nothing,
    observing: false,
    timing: false,
  };
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
    setTimer: (callback) => {
      state.timer = callback;
      state.timing = true;
      return () => {
        state.timing = false;
      };
    },
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
    expect(state.timing).toBe(false);
  });

  it("moves on after the fallback delay when the page never paints (a background tab)", async () => {
    const { environment, state } = fakeEnvironment();
    const painted = whenFirstPainted(environment);
    state.timer();
    expect(await hasSettled(painted)).toBe(true);
    expect(state.observing).toBe(false);
  });

  it("relies on the fallback alone in a browser without paint timing", async () => {
    const { environment, state } = fakeEnvironment(false);
    const painted = whenFirstPainted(environment);
    expect(await hasSettled(painted)).toBe(false);
    state.timer();
    expect(await hasSettled(painted)).toBe(true);
  });
});
