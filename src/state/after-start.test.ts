import { describe, expect, it } from "vitest";
import { createStartGate } from "./after-start";

const settled = async (promise: Promise<void>) => {
  let done = false;
  void promise.then(() => {
    done = true;
  });
  await Promise.resolve();
  return done;
};

describe("the start-up gate", () => {
  it("holds deferred work until the map has drawn, then lets it go once", async () => {
    const gate = createStartGate(() => undefined);
    expect(await settled(gate.done)).toBe(false);
    gate.release();
    gate.release();
    expect(await settled(gate.done)).toBe(true);
  });

  it("lets the work go after the fallback delay when the map never draws", async () => {
    let fire = () => undefined as unknown;
    let delay = 0;
    const gate = createStartGate((callback, milliseconds) => {
      fire = callback;
      delay = milliseconds;
    }, 15_000);
    expect(delay).toBe(15_000);
    expect(await settled(gate.done)).toBe(false);
    fire();
    expect(await settled(gate.done)).toBe(true);
  });
});
