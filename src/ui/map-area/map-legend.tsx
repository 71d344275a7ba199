// A compact legend on the map itself, for visitors who never open the sidebar: what colours and dashes
// mean and how sure each position is. Folds to one button; open at start on a wide screen only. In the
// "then and now" view the lines wear recorded stages, whose key sits in that view's own panel, so the
// 2020 status key leaves: a legend never explains colours the map is not showing. While the planner
// draws catchments, their outlines have a key of their own. The legend reports its size while open, so
// framing keeps what it frames clear of it (state/map-area/map-padding.ts).
import { memo, useLayoutEffect, useRef, useState } from "react";
import { LAYER_NAMES } from "../../data/facets";
import { STANDARD_THEME } from "../../layers/theme";
import type { CatchmentLayer } from "../../state/app/view-state";
import type { LegendSize } from "../../state/map-area/map-padding";
import { useText } from "../shell/text-context";
import { PrecisionKey, StatusKey } from "./legend-keys";

export interface LegendCatchments {
  layers: readonly CatchmentLayer[];
  distance: number; // km
}

interface MapLegendProps {
  narrow: boolean;
  showsStatus: boolean;
  catchments?: LegendCatchments | null;
  onSize?: (size: LegendSize | null) => void;
}

// Memoised: its swatches draw again when what it shows changes, not for every other change on the page.
export const MapLegend = memo(function MapLegend({
  narrow,
  showsStatus,
  catchments,
  onSize,
}: MapLegendProps) {
  const { language, t } = useText();
  const [open, setOpen] = useState(!narrow);
  const box = useRef<HTMLDetailsElement>(null);
  useLayoutEffect(() => {
    const element = box.current;
    if (!onSize || !element || !open) {
      onSize?.(null);
      return;
    }
    const report = () => onSize({ width: element.offsetWidth, height: element.offsetHeight });
    report();
    const observer = new ResizeObserver(report);
    observer.observe(element);
    return () => {
      observer.disconnect();
      onSize(null);
    };
  }, [open, onSize]);
  return (
    <details
      ref={box}
      className="map-legend"
      open={open}
      onToggle={(event) => setOpen((event.target as HTMLDetailsElement).open)}
    >
      <summary>{t("legend")}</summary>
      <div className="map-legend-body">
        {showsStatus ? (
          <>
            <p className="legend-heading">{t("status")}</p>
            <StatusKey />
          </>
        ) : null}
        <p className="legend-heading">{t("legendPrecision")}</p>
        <PrecisionKey />
        {catchments && catchments.layers.length > 0 ? (
          <>
            <p className="legend-heading">{t("legendCatchments", { distance: catchments.distance })}</p>
            <ul className="legend-key">
              {catchments.layers.map((layer) => (
                <li key={layer}>
                  <span
                    className={`legend-catchment legend-catchment-${layer}`}
                    aria-hidden="true"
                    style={{ borderColor: STANDARD_THEME.catchments[layer] }}
                  />{" "}
                  {LAYER_NAMES[layer][language]}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </div>
    </details>
  );
});
