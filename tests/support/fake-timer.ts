// A timer for unit tests: records the callback and delay, fires only when told, and says whether it is
// still running (not cancelled). Same signature as src/state/latch.ts's SetTimer.
export function fakeTimer() {
  const timer = { fire: () => undefined as unknown, delay: 0, running: false };
  const setTimer = (callback: () => void, milliseconds: number) => {
    timer.fire = callback;
    timer.delay = milliseconds;
    timer.running = true;
    return () => {
      timer.running = false;
    };
  };
  return { timer, setTimer };
}
