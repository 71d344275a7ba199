// For unit tests of promises that must (not) have resolved yet: true once the promise has settled, read
// after one turn of the microtask queue.
export async function hasSettled(promise: Promise<unknown>): Promise<boolean> {
  let settled = false;
  void promise.then(
    () => {
      settled = true;
    },
    () => {
      settled = true;
    },
  );
  await Promise.resolve();
  return settled;
}
