// The messages between the import client and the import worker. The file travels as an ArrayBuffer,
// transferred rather than copied, so a 100 MB file is not held twice.
import type { ImportOptions, ImportOutcome } from "./import-types";
import { importUserFile } from "./import-user-file";

export interface ImportRequest {
  file: ArrayBuffer;
  name: string;
  options: ImportOptions;
}

export type ImportResponse =
  | { kind: "progress"; loaded: number; total: number }
  | { kind: "result"; outcome: ImportOutcome }
  // Only for a fault no reader foresaw (a bug); the client turns it into an "unreadable" refusal.
  | { kind: "error"; message: string };

// Handles one request, reporting progress and the result through post; shared by the worker and by
// the in-thread fallback used where Workers are missing.
export async function handleImportRequest(
  request: ImportRequest,
  post: (response: ImportResponse) => void,
): Promise<void> {
  try {
    const outcome = await importUserFile(request.file, request.name, request.options, (progress) =>
      post({ kind: "progress", ...progress }),
    );
    post({ kind: "result", outcome });
  } catch (error) {
    post({ kind: "error", message: String((error as Error)?.message ?? error) });
  }
}
