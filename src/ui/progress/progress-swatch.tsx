// The progress view's legend symbol: the map's own colour, dash and hollow marker for a stage.
import type { ProgressStage } from "../../filters/progress-at-date";
import {
  HOLLOW_PROGRESS_STAGES,
  PROGRESS_COLOURS,
  PROGRESS_DASHES,
  STANDARD_THEME,
} from "../../layers/theme";

export function ProgressSwatch({ stage }: { stage: ProgressStage }) {
  const colour = PROGRESS_COLOURS[stage];
  const dash = PROGRESS_DASHES[stage].map((value) => value * 3).join(" ");
  const hollow = HOLLOW_PROGRESS_STAGES.includes(stage);
  return (
    <svg className="swatch" width="40" height="16" viewBox="0 0 40 16" aria-hidden="true">
      <line x1="1" y1="8" x2="25" y2="8" stroke={colour} strokeWidth="3" strokeDasharray={dash} />
      <circle
        cx="33"
        cy="8"
        r="5"
        fill={hollow ? STANDARD_THEME.markerStroke : colour}
        stroke={hollow ? colour : STANDARD_THEME.markerStroke}
        strokeWidth={hollow ? 2.5 : 1}
      />
    </svg>
  );
}
