// The grip at the top of the phone's detail sheet: drag it up to read more, down to see more map; a tap
// switches between half and nearly full height. The sheet's height is a CSS variable on the panel
// (find-and-read.css), so the desktop panel is untouched.
import { type PointerEvent, useRef, useState } from "react";
import { useText } from "./text-context";

const HALF = 0.5; // of the viewport height: where the sheet opens
const FULL = 0.9;
const LOWEST = 0.25;
const TAP_PIXELS = 6; // a movement below this is a tap, not a drag

export function SheetHandle() {
  const { t } = useText();
  const [expanded, setExpanded] = useState(false);
  const drag = useRef<{ startY: number; startHeight: number; moved: boolean } | null>(null);
  const panelOf = (element: HTMLElement) => element.closest<HTMLElement>(".detail-panel");
  const setHeight = (element: HTMLElement, share: number) => {
    const panel = panelOf(element);
    const clamped = Math.min(FULL, Math.max(LOWEST, share));
    panel?.style.setProperty("--sheet-height", `${Math.round(clamped * window.innerHeight)}px`);
    setExpanded(clamped > HALF + 0.05);
  };
  const onPointerDown = (event: PointerEvent<HTMLButtonElement>) => {
    const panel = panelOf(event.currentTarget);
    if (!panel) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { startY: event.clientY, startHeight: panel.offsetHeight, moved: false };
  };
  const onPointerMove = (event: PointerEvent<HTMLButtonElement>) => {
    const state = drag.current;
    if (!state) return;
    const rise = state.startY - event.clientY;
    if (Math.abs(rise) < TAP_PIXELS && !state.moved) return;
    state.moved = true;
    setHeight(event.currentTarget, (state.startHeight + rise) / window.innerHeight);
  };
  const onPointerUp = () => {
    const moved = drag.current?.moved ?? false;
    drag.current = null;
    return moved;
  };
  return (
    <button
      type="button"
      className="sheet-handle"
      aria-label={t(expanded ? "sheetCollapse" : "sheetExpand")}
      aria-expanded={expanded}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={(event) => {
        if (!onPointerUp()) setHeight(event.currentTarget, expanded ? HALF : FULL);
      }}
      onPointerCancel={onPointerUp}
      onKeyDown={(event) => {
        if (event.key === "ArrowUp") setHeight(event.currentTarget, FULL);
        if (event.key === "ArrowDown") setHeight(event.currentTarget, HALF);
      }}
      onClick={(event) => {
        // Keyboard activation (Enter, Space) arrives as a click with no pointer before it.
        if (event.detail === 0) setHeight(event.currentTarget, expanded ? HALF : FULL);
      }}
    />
  );
}
