// @vitest-environment happy-dom
// The part's loader runs once per mount, from its first render, and a failure counts as settled (the part
// then shows its Retry) without a second download.
import { cleanup, renderHook, waitFor } from "@testing-library/react";
import { afterEach, expect, it } from "vitest";
import { preloadable } from "./preloadable";
import { useLoaderSettled } from "./use-loader-settled";

afterEach(cleanup);

it("starts the loader at the first render and settles when it has loaded", async () => {
  let calls = 0;
  const load = preloadable(async () => {
    calls++;
    return "part";
  });
  const { result } = renderHook(() => useLoaderSettled(load));
  expect(calls).toBe(1);
  await waitFor(() => expect(result.current).toBe(true));
  expect(calls).toBe(1);
});

it("settles on a failure with one attempt, leaving the next one to Retry", async () => {
  let calls = 0;
  const load = preloadable(async () => {
    calls++;
    throw new Error("chunk failed");
  });
  const { result } = renderHook(() => useLoaderSettled(load));
  await waitFor(() => expect(result.current).toBe(true));
  expect(calls).toBe(1);
  await expect(load()).rejects.toThrow("chunk failed"); // Retry asks again
  expect(calls).toBe(2);
});
