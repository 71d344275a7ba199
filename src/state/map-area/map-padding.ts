// The one place that decides how much of the map is covered, so framing keeps what it frames in view:
// the detail panel (desktop: right; phone: bottom sheet) or, while presenting, the caption, legend,
// controls and locator inset, measured where they are on this screen (presenter-overlay.tsx).
import type { Padding } from "../../map/camera-request";

// A panel's box in the viewport, CSS pixels (as getBoundingClientRect gives it).
export interface OverlayBox {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

// The presenter's panels: the caption and controls along the bottom, the counter and legend down the
// right, the inset (when a slide has one) top left.
export interface PresenterBoxes {
  caption?: OverlayBox;
  controls?: OverlayBox;
  counter?: OverlayBox;
  legend?: OverlayBox;
  inset?: OverlayBox;
  // While the tour editor is open: the outline of what the slide will show. Framing then fills exactly
  // this box, so the view being built is the slide's (state/presenter/presenter-editing-frame.ts).
  frame?: OverlayBox;
}

// The on-map legend's size while it is open (CSS pixels); it sits in the map's bottom-left corner.
export interface LegendSize {
  width: number;
  height: number;
}

export interface MapLayout {
  narrow: boolean; // phone layout (≤ 760 px wide)
  detailOpen: boolean;
  legend?: LegendSize | null; // the open on-map legend: framing keeps clear of it (issue 28)
  presenting: boolean;
  width: number; // viewport, CSS pixels
  height: number;
  overlay?: PresenterBoxes; // measured presenter panels; before the first measure, shares of the screen
}

// What framing keeps clear of the screen's edge and of each panel, as a share of the shorter side.
const PRESENTER_GAP = 0.02;
// Panels never take more than this share of a side from the map: a caption grown past it overlaps the
// framed projects rather than shrink them to nothing.
const MOST_COVERED = 0.6;

// The legend stands this far from the map's edge (0.6 rem), and framing keeps this much from it.
const LEGEND_MARGIN = 10;
const LEGEND_GAP = 16;

export function mapPadding(layout: MapLayout): Padding {
  if (layout.presenting) return presenterPadding(layout);
  // The phone's sheet opens at half the height; the desk panel leaves the map's control column free.
  const sheet = Math.round(layout.height * 0.5) + 16;
  const padding = layout.narrow
    ? { top: 40, bottom: layout.detailOpen ? sheet : 40, left: 30, right: 30 }
    : { top: 60, bottom: 60, left: 60, right: layout.detailOpen ? 490 : 60 };
  // The open legend is a column in the bottom-left corner, taller than wide: framing keeps to its right.
  // Open details hide it (find-and-read.css), on a desk and a phone alike; its size reaches this function a
  // moment later than the details do, so the rule is stated here rather than measured.
  const legend = layout.detailOpen ? null : layout.legend;
  if (legend) padding.left = Math.max(padding.left, Math.round(legend.width + LEGEND_MARGIN + LEGEND_GAP));
  return padding;
}

function presenterPadding({ width, height, overlay }: MapLayout): Padding {
  const { caption, controls, counter, legend, inset, frame } = overlay ?? {};
  if (frame) {
    return {
      top: Math.round(frame.top),
      bottom: Math.round(height - frame.bottom),
      left: Math.round(frame.left),
      right: Math.round(width - frame.right),
    };
  }
  if (!caption || !legend) {
    return {
      top: Math.round(height * 0.08),
      bottom: Math.round(height * 0.4), // a seven-line English caption reaches 38% of the height
      left: Math.round(width * 0.05),
      right: Math.round(width * 0.22), // the counter and legend
    };
  }
  const gap = Math.round(Math.min(width, height) * PRESENTER_GAP);
  // The caption and controls run along the bottom; the legend and counter down the right.
  const bottomTop = Math.min(caption.top, controls?.top ?? height);
  const rightLeft = Math.min(legend.left, counter?.left ?? width);
  const padding = {
    top: gap,
    bottom: height - bottomTop + gap,
    left: inset ? inset.right + gap : gap,
    right: width - rightLeft + gap,
  };
  const horizontal = padding.left + padding.right;
  const vertical = padding.top + padding.bottom;
  const squeezeX = horizontal > width * MOST_COVERED ? (width * MOST_COVERED) / horizontal : 1;
  const squeezeY = vertical > height * MOST_COVERED ? (height * MOST_COVERED) / vertical : 1;
  return {
    top: Math.round(padding.top * squeezeY),
    bottom: Math.round(padding.bottom * squeezeY),
    left: Math.round(padding.left * squeezeX),
    right: Math.round(padding.right * squeezeX),
  };
}
