// The layers kept in this browser, read back once the map has started (import/read-kept-layers.ts: in
// the import worker, in chunks). The store's or the worker's code failing to load is not a refusal of
// storage: a notice names the file, with a Retry.
import { useEffect, useMemo, useState } from "react";
import { afterStart } from "../../browser/after-start";
import { failedFile } from "../../browser/failed-file";
import type { StoredUserLayer } from "../../import/user-layer-store";
import { failureNotice, type Notice } from "../app/notice";

// The store (and idb-keyval) loads on first use, out of the page's first script.
export const loadStore = () => import("../../import/user-layer-store");

// "unavailable": the browser refused storage (private window, blocked site data); layers then last
// until the tab closes, and the panel says so.
export type StorageState = "loading" | "ready" | "unavailable";

export function useKeptLayers(arrive: (layer: StoredUserLayer) => void) {
  const [storage, setStorage] = useState<StorageState>("loading");
  const [codeFailure, setCodeFailure] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: attempt is a Retry; arrive is stable
  useEffect(() => {
    let current = true;
    setCodeFailure(null);
    const read = async () => {
      await afterStart.done;
      const { readKeptLayers } = await import("../../import/read-kept-layers");
      const state = await readKeptLayers(
        arrive,
        () => current,
        () => current && setStorage("ready"),
      );
      if (current) setStorage(state);
    };
    read().catch((error: unknown) => current && setCodeFailure(failedFile(error)));
    return () => {
      current = false;
    };
  }, [attempt]);
  const notices = useMemo<Notice[]>(
    () =>
      codeFailure
        ? [failureNotice("user-layers-code", "partStoredLayers", codeFailure, () => setAttempt((n) => n + 1))]
        : [],
    [codeFailure],
  );
  return { storage, setStorage, notices };
}
