// Runs the imports of the files waiting in the panel, one after another in the import worker, with the
// progress of the file being read, and keeps a report per file: how many of how many, the problems by
// row or feature, or why nothing was imported. Only layers with at least one good feature are added.
import { useCallback, useRef, useState } from "react";
import { importFile } from "../../import/import-client";
import type { ImportMessage, ImportResult } from "../../import/import-types";
import type { PendingFile, UserLayers } from "./use-user-layers";

export type ImportReport =
  | { key: number; name: string; kind: "imported"; result: ImportResult; saved: boolean }
  | { key: number; name: string; kind: "refused"; refusal: ImportMessage };

export interface ImportProgressView {
  name: string;
  // 0…1 of the file's bytes read.
  share: number;
}

export function useLayerImport(userLayers: UserLayers) {
  const [reports, setReports] = useState<ImportReport[]>([]);
  const [progress, setProgress] = useState<ImportProgressView | null>(null);
  const running = useRef(false);
  const { add, dropPending } = userLayers;

  const run = useCallback(
    async (files: readonly PendingFile[]) => {
      if (running.current || files.length === 0) return;
      running.current = true;
      dropPending(files.map((item) => item.key));
      try {
        for (const { key, file, options } of files) {
          setProgress({ name: file.name, share: 0 });
          const outcome = await importFile(file, options, ({ loaded, total }) =>
            setProgress({ name: file.name, share: total > 0 ? loaded / total : 0 }),
          );
          let report: ImportReport;
          if (!outcome.ok) report = { key, name: file.name, kind: "refused", refusal: outcome.refusal };
          else {
            const saved = outcome.result.imported > 0 ? await add(outcome.result.layer) : true;
            report = { key, name: file.name, kind: "imported", result: outcome.result, saved };
          }
          setReports((current) => [report, ...current.filter((item) => item.key !== key)]);
        }
      } finally {
        running.current = false;
        setProgress(null);
      }
    },
    [add, dropPending],
  );

  const dismiss = useCallback(
    (key: number) => setReports((current) => current.filter((item) => item.key !== key)),
    [],
  );

  return { run, progress, reports, dismiss };
}
