// @vitest-environment happy-dom
// An import running longer than 2 s offers Cancel, and Cancel ends it at once with a report that says
// so and adds no layer (issue 32, R3); an importer whose own file did not load offers Retry.
import { act, cleanup, renderHook } from "@testing-library/react";
import { afterEach, beforeEach, expect, it, vi } from "vitest";
import type { ImportOptions } from "../../import/import-types";
import { CANCEL_AFTER_MILLISECONDS, useLayerImport } from "./use-layer-import";
import type { UserLayers } from "./use-user-layers";

const importFile = vi.fn();
vi.mock("../../import/import-client", () => ({ importFile: (...args: unknown[]) => importFile(...args) }));

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  importFile.mockReset();
});

function layers(add = vi.fn(async () => true)) {
  return { add, dropPending: vi.fn() } as unknown as UserLayers;
}
const pending = (name: string) => ({ key: 1, file: new File(["x"], name), options: {} as ImportOptions });

it("offers Cancel after 2 s, and Cancel ends the import with a report and no layer", async () => {
  // A worker that never answers: only the abort ends it, as the real client rejects on abort.
  importFile.mockImplementation(
    (_file, _options, _progress, signal: AbortSignal) =>
      new Promise((_, reject) => signal.addEventListener("abort", () => reject(signal.reason))),
  );
  const userLayers = layers();
  const { result } = renderHook(() => useLayerImport(userLayers));
  let run: Promise<void> = Promise.resolve();
  act(() => {
    run = result.current.run([pending("big.geojson")]);
  });
  expect(result.current.progress).toMatchObject({ name: "big.geojson", slow: false });
  act(() => vi.advanceTimersByTime(CANCEL_AFTER_MILLISECONDS - 1));
  expect(result.current.progress?.slow).toBe(false);
  act(() => vi.advanceTimersByTime(1));
  expect(result.current.progress?.slow).toBe(true);
  await act(async () => {
    result.current.cancel();
    await run;
  });
  expect(result.current.progress).toBeNull();
  expect(result.current.reports).toMatchObject([{ name: "big.geojson", kind: "cancelled" }]);
  expect(userLayers.add).not.toHaveBeenCalled();
});

it("keeps the file of an importer that did not load, for its Retry", async () => {
  importFile.mockResolvedValue({ ok: false, refusal: { code: "importer-failed", values: { detail: "x" } } });
  const { result } = renderHook(() => useLayerImport(layers()));
  await act(() => result.current.run([pending("a.csv")]));
  expect(result.current.reports[0]).toMatchObject({ kind: "refused", retry: { key: 1 } });
  importFile.mockResolvedValue({ ok: false, refusal: { code: "empty-file", values: {} } });
  await act(() => result.current.run([pending("b.csv")]));
  expect(result.current.reports[0]).toMatchObject({ kind: "refused", retry: undefined });
});
