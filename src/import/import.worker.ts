// The Web Worker that reads a user's file off the main thread, so parsing 50,000 rows never freezes the
// map. One request per worker: the client starts a worker per file and ends it after the result.
import { handleImportRequest, type ImportRequest, type ImportResponse } from "./import-protocol";

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ImportRequest>) => void) | null;
  postMessage: (message: ImportResponse) => void;
};

scope.onmessage = (event) => {
  void handleImportRequest(event.data, (response) => scope.postMessage(response));
};
