// The one place that decides how much of the map is covered, so framing keeps what it frames in view:
// the detail panel (desktop: right; phone: bottom sheet) or, while presenting, the caption and legend.
import type { Padding } from "../map/camera-request";

export interface MapLayout {
  narrow: boolean; // phone layout (≤ 760 px wide)
  detailOpen: boolean;
  presenting: boolean;
  width: number; // viewport, CSS pixels
  height: number;
}

export function mapPadding(layout: MapLayout): Padding {
  if (layout.presenting) {
    return {
      top: Math.round(layout.height * 0.08),
      bottom: Math.round(layout.height * 0.4), // a seven-line English caption reaches 38% of the height
      left: Math.round(layout.width * 0.05),
      right: Math.round(layout.width * 0.22), // the counter and legend
    };
  }
  // The phone's sheet opens at half the height; the desk panel leaves the map's control column free.
  const sheet = Math.round(layout.height * 0.5) + 16;
  if (layout.narrow) return { top: 40, bottom: layout.detailOpen ? sheet : 40, left: 30, right: 30 };
  return { top: 60, bottom: 60, left: 60, right: layout.detailOpen ? 490 : 60 };
}
