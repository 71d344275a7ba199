// What a key does in presentation mode. Clickers send PageDown / PageUp (some send arrows), so both
// families move between slides. Pure, so the mapping is unit tested without a browser.
export type PresenterCommand =
  | { type: "enter" }
  | { type: "leave" }
  | { type: "go"; index: number } // 0-based slide index
  | { type: "step"; by: 1 | -1 }
  | { type: "toggle-autoplay" };

export interface KeyLike {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
}

export function presenterCommand(
  event: KeyLike,
  presenting: boolean,
  slideCount: number,
): PresenterCommand | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  const key = event.key;
  if (!presenting) return key === "p" || key === "P" ? { type: "enter" } : null;
  switch (key) {
    case "ArrowRight":
    case "ArrowDown":
    case "PageDown":
    case " ":
      return { type: "step", by: 1 };
    case "ArrowLeft":
    case "ArrowUp":
    case "PageUp":
      return { type: "step", by: -1 };
    case "Home":
      return { type: "go", index: 0 };
    case "End":
      return { type: "go", index: Math.max(0, slideCount - 1) };
    case "Escape":
      return { type: "leave" };
    case "a":
    case "A":
      return { type: "toggle-autoplay" };
  }
  if (/^[1-9]$/.test(key) && Number(key) <= slideCount) return { type: "go", index: Number(key) - 1 };
  return null;
}

/** Keys typed into a field are text, not commands. */
export function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}

/** The slide after `by` steps, clamped: the tour does not wrap when driven by hand. */
export function stepIndex(index: number, by: number, slideCount: number): number {
  return Math.min(Math.max(index + by, 0), Math.max(slideCount - 1, 0));
}
