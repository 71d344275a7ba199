// The Web Worker that reads a presenter's tour file (tour-file-reader.ts), so a 19 MB file never
// freezes the page. One request per worker.
import { checkTourFile, type TourFileRequest, type TourFileResponse } from "./read-tour-file";

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<TourFileRequest>) => void) | null;
  postMessage: (message: TourFileResponse) => void;
};

scope.onmessage = (event) => {
  void checkTourFile(event.data).then((response) => scope.postMessage(response));
};
