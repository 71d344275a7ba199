// Measures the presenter's panels where they are on this screen and hands the boxes to the padding
// (state/map-area/map-padding.ts), so a slide frames its projects clear of the caption, legend, controls and
// inset at any size (or, while the tour editor is open, into its frame outline). Also lifts the controls above MapLibre's credits, whose height depends on the width.
import { type RefObject, useLayoutEffect } from "react";
import type { OverlayBox, PresenterBoxes } from "../../state/map-area/map-padding";

const PANELS = {
  caption: ".presenter-caption",
  controls: ".presenter-controls",
  counter: ".presenter-counter",
  legend: ".presenter-legend",
  inset: ".presenter-inset",
  frame: ".presenter-frame", // while the tour editor is open: the slide's frame outline
} as const;

function boxOf(element: Element | null): OverlayBox | undefined {
  if (!element) return undefined;
  const { left, top, right, bottom } = element.getBoundingClientRect();
  return { left, top, right, bottom };
}

function same(a: PresenterBoxes, b: PresenterBoxes): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export function usePanelBoxes(
  region: RefObject<HTMLElement | null>,
  report: (boxes: PresenterBoxes) => void,
  content: unknown, // what changes the panels' size: the slide, the language
): void {
  // `content` re-runs the effect when a panel appears (the inset) as well as when one changes size.
  // biome-ignore lint/correctness/useExhaustiveDependencies: content is the trigger, not read
  useLayoutEffect(() => {
    const root = region.current;
    if (!root) return;
    let last: PresenterBoxes = {};
    const observer = new ResizeObserver(() => measure());
    // The map (and its credits) may arrive after the overlay, when a link opens the presentation.
    let credits: Element | null = null;
    const findCredits = () => {
      if (credits) return;
      credits = document.querySelector(".maplibregl-ctrl-bottom-right");
      if (credits) observer.observe(credits);
    };
    const measure = () => {
      findCredits();
      // The credits and scale bar sit in the bottom-right corner: the controls stand on top of them.
      const creditsHeight = credits ? credits.getBoundingClientRect().height : 0;
      root.style.setProperty("--credits-height", `${Math.ceil(creditsHeight)}px`);
      const boxes: PresenterBoxes = {};
      for (const [name, selector] of Object.entries(PANELS)) {
        const box = boxOf(root.querySelector(selector));
        if (box) boxes[name as keyof PresenterBoxes] = box;
      }
      if (!same(boxes, last)) {
        last = boxes;
        report(boxes);
      }
    };
    measure();
    for (const element of root.children) observer.observe(element);
    window.addEventListener("resize", measure);
    const waiting = setInterval(() => (credits ? clearInterval(waiting) : measure()), 500);
    return () => {
      clearInterval(waiting);
      observer.disconnect();
      window.removeEventListener("resize", measure);
    };
  }, [region, report, content]);
}
