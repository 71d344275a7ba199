// Small SVG symbols that repeat the map's own drawing rules, so the legend reads like the map.
import type { LayerName, Status } from "../data/project-schema";
import { HOLLOW_STATUSES, STANDARD_THEME, STATUS_DASHES } from "../layers/theme";

const THEME = STANDARD_THEME;
const NEUTRAL = THEME.neutralSymbol;
// The map's own casings; the swatch sits on a patch of land so the highway's white casing shows.
const CASINGS: Partial<Record<LayerName, string>> = {
  railway: THEME.casings.railway,
  highway: THEME.casings.other,
  waterway: THEME.casings.waterway,
};

export function LayerSwatch({ layer }: { layer: LayerName }) {
  const casing = CASINGS[layer];
  return (
    <svg className="swatch" width="28" height="16" viewBox="0 0 28 16" aria-hidden="true">
      {casing ? (
        <>
          <rect x="0" y="1" width="28" height="14" rx="2" fill={THEME.land} />
          <line x1="2" y1="8" x2="26" y2="8" stroke={casing} strokeWidth="7" strokeLinecap="round" />
          <line x1="2" y1="8" x2="26" y2="8" stroke={NEUTRAL} strokeWidth="3" />
        </>
      ) : layer === "airport" || layer === "innovation" ? (
        <circle cx="14" cy="8" r="5.5" fill={NEUTRAL} stroke={THEME.markerStroke} strokeWidth="1.5" />
      ) : (
        <rect
          x="3"
          y="2"
          width="22"
          height="12"
          rx="1.5"
          fill={NEUTRAL}
          fillOpacity={0.2}
          stroke={NEUTRAL}
          strokeWidth="1.5"
        />
      )}
    </svg>
  );
}

export function StatusSwatch({ status }: { status: Status }) {
  const colour = THEME.statusColours[status];
  const dash = STATUS_DASHES[status].map((value) => value * 3).join(" ");
  const hollow = HOLLOW_STATUSES.includes(status);
  return (
    <svg className="swatch" width="40" height="16" viewBox="0 0 40 16" aria-hidden="true">
      <line x1="1" y1="8" x2="25" y2="8" stroke={colour} strokeWidth="3" strokeDasharray={dash} />
      <circle
        cx="33"
        cy="8"
        r="5"
        fill={hollow ? THEME.markerStroke : colour}
        stroke={hollow ? colour : THEME.markerStroke}
        strokeWidth={hollow ? 2.5 : 1}
      />
    </svg>
  );
}
