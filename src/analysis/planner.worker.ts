// The Web Worker that runs the planner's coverage table and catchment buffers off the main thread.
import { emptyPlannerData, handlePlannerRequest, type PlannerRequest } from "./planner-requests";

const data = emptyPlannerData();
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<PlannerRequest>) => void) | null;
  postMessage: (message: unknown) => void;
};

scope.onmessage = (event) => {
  const response = handlePlannerRequest(data, event.data);
  if (response) scope.postMessage(response);
};
