// A block's text cut for drawing: runs of plain text and marks, each cut again where a target range
// (the clause or sentence the reader was sent to) begins and ends, so the target can be highlighted
// without breaking a mark into several links.
import type { PlanMark } from "./plan-marks";

export interface PlanPiece {
  start: number;
  end: number;
  mark: PlanMark | null;
  /** Consecutive ranges covering the piece; `target` is true inside the target range. */
  parts: { start: number; end: number; target: boolean }[];
}

export function planPieces(
  length: number,
  marks: readonly PlanMark[],
  target: { start: number; end: number } | null,
): PlanPiece[] {
  const pieces: PlanPiece[] = [];
  let at = 0;
  const push = (start: number, end: number, mark: PlanMark | null) => {
    if (end > start) pieces.push({ start, end, mark, parts: cut(start, end, target) });
  };
  for (const mark of marks) {
    push(at, mark.start, null);
    push(mark.start, mark.end, mark);
    at = mark.end;
  }
  push(at, length, null);
  return pieces;
}

function cut(start: number, end: number, target: { start: number; end: number } | null) {
  if (target === null || target.end <= start || end <= target.start) return [{ start, end, target: false }];
  const inner = { start: Math.max(start, target.start), end: Math.min(end, target.end), target: true };
  return [{ start, end: inner.start, target: false }, inner, { start: inner.end, end, target: false }].filter(
    (part) => part.end > part.start,
  );
}
