// The result every analysis entry point returns: a value, or a refusal the UI can show in either
// language. Bad input never throws and never yields a number, so no wrong figure reaches a planner.

export type RejectionReason =
  | "not-a-number"
  | "not-positive"
  | "too-small"
  | "too-large"
  | "not-a-polygon"
  | "not-a-path"
  | "invalid-coordinates"
  | "degenerate"
  | "self-intersecting"
  | "no-counties"
  | "worker-failed"; // the analysis worker failed to start or did not answer in time

export interface Rejection {
  ok: false;
  reason: RejectionReason;
  message_en: string;
  message_zh: string;
}

export type AnalysisResult<T> = { ok: true; value: T } | Rejection;

export function accepted<T>(value: T): AnalysisResult<T> {
  return { ok: true, value };
}

export function rejected(reason: RejectionReason, message_en: string, message_zh: string): Rejection {
  return { ok: false, reason, message_en, message_zh };
}
