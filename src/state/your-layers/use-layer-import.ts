// Runs the imports of the files waiting in the panel, one after another in the import worker, with the
// progress of the file being read, and keeps a report per file: how many of how many, the problems by
// row or feature, or why nothing was imported. Only layers with at least one good feature are added.
// An import running longer than CANCEL_AFTER_MILLISECONDS offers Cancel, which ends its worker at once;
// an importer whose own file did not load offers Retry.
import { useCallback, useRef, useState } from "react";
import { importFile } from "../../import/import-client";
import type { ImportMessage, ImportResult } from "../../import/import-types";
import type { PendingFile, UserLayers } from "./use-user-layers";

export type ImportReport =
  | { key: number; name: string; kind: "imported"; result: ImportResult; saved: boolean }
  // `retry`: the file, when trying again may help (the importer's own code did not load).
  | { key: number; name: string; kind: "refused"; refusal: ImportMessage; retry?: PendingFile }
  | { key: number; name: string; kind: "cancelled" };

export interface ImportProgressView {
  name: string;
  // 0…1 of the file's bytes read.
  share: number;
  // Running longer than CANCEL_AFTER_MILLISECONDS: Cancel is offered.
  slow: boolean;
}

export const CANCEL_AFTER_MILLISECONDS = 2000;

export function useLayerImport(userLayers: UserLayers) {
  const [reports, setReports] = useState<ImportReport[]>([]);
  const [progress, setProgress] = useState<ImportProgressView | null>(null);
  const running = useRef(false);
  const current = useRef<AbortController | null>(null);
  const { add, dropPending } = userLayers;

  const run = useCallback(
    async (files: readonly PendingFile[]) => {
      if (running.current || files.length === 0) return;
      running.current = true;
      dropPending(files.map((item) => item.key));
      try {
        for (const item of files) {
          const { key, file, options } = item;
          const controller = new AbortController();
          current.current = controller;
          setProgress({ name: file.name, share: 0, slow: false });
          const slow = window.setTimeout(
            () => setProgress((shown) => (shown ? { ...shown, slow: true } : shown)),
            CANCEL_AFTER_MILLISECONDS,
          );
          let report: ImportReport;
          try {
            const outcome = await importFile(
              file,
              options,
              ({ loaded, total }) =>
                setProgress((shown) => ({
                  name: file.name,
                  share: total > 0 ? loaded / total : 0,
                  slow: shown?.slow ?? false,
                })),
              controller.signal,
            );
            if (!outcome.ok) {
              const retry = outcome.refusal.code === "importer-failed" ? item : undefined;
              report = { key, name: file.name, kind: "refused", refusal: outcome.refusal, retry };
            } else {
              const saved =
                outcome.result.imported > 0
                  ? await add(outcome.result.layer, outcome.layerId, outcome.saved)
                  : true;
              report = { key, name: file.name, kind: "imported", result: outcome.result, saved };
            }
          } catch (error) {
            if (!controller.signal.aborted) throw error;
            report = { key, name: file.name, kind: "cancelled" };
          } finally {
            window.clearTimeout(slow);
          }
          setReports((shown) => [report, ...shown.filter((other) => other.key !== key)]);
        }
      } finally {
        running.current = false;
        current.current = null;
        setProgress(null);
      }
    },
    [add, dropPending],
  );

  const cancel = useCallback(() => current.current?.abort(new Error("cancelled")), []);
  const dismiss = useCallback(
    (key: number) => setReports((shown) => shown.filter((item) => item.key !== key)),
    [],
  );

  return { run, cancel, progress, reports, dismiss };
}
