// Small SVG symbols that repeat the map's own drawing rules, so the legend reads like the map: the same
// theme, status colours and dashes, layer casings and precision halos.
import type { LayerName, Precision, Status } from "../../data/project-schema";
import { HOLLOW_STATUSES, STANDARD_THEME, STATUS_DASHES } from "../../layers/theme";

const THEME = STANDARD_THEME;
// The map's own casings; the swatch sits on a patch of land so the highway's white casing shows.
const CASINGS: Partial<Record<LayerName, string>> = {
  railway: THEME.casings.railway,
  highway: THEME.casings.other,
  waterway: THEME.casings.waterway,
};
// A layer's symbol shows its kind (casing, marker or zone) in two status colours, solid and dashed, as
// its lines appear on the map: the colour itself is the status key's to explain.
const BUILT = THEME.statusColours.construction;
const PLANNED = THEME.statusColours.planning;
const dashOf = (status: Status) => STATUS_DASHES[status].map((value) => value * 3).join(" ");

export function LayerSwatch({ layer }: { layer: LayerName }) {
  const casing = CASINGS[layer];
  return (
    <svg className="swatch" width="28" height="16" viewBox="0 0 28 16" aria-hidden="true">
      {casing ? (
        <>
          <rect x="0" y="1" width="28" height="14" rx="2" fill={THEME.land} />
          <line x1="2" y1="8" x2="26" y2="8" stroke={casing} strokeWidth="7" strokeLinecap="round" />
          <line x1="2" y1="8" x2="14" y2="8" stroke={BUILT} strokeWidth="3" />
          <line
            x1="14"
            y1="8"
            x2="26"
            y2="8"
            stroke={PLANNED}
            strokeWidth="3"
            strokeDasharray={dashOf("planning")}
          />
        </>
      ) : layer === "airport" || layer === "innovation" ? (
        <>
          <circle cx="8" cy="8" r="5" fill={BUILT} stroke={THEME.markerStroke} strokeWidth="1.5" />
          <circle cx="20" cy="8" r="4.5" fill={THEME.markerStroke} stroke={PLANNED} strokeWidth="2.5" />
        </>
      ) : (
        <rect
          x="3"
          y="2"
          width="22"
          height="12"
          rx="1.5"
          fill={BUILT}
          fillOpacity={0.2}
          stroke={BUILT}
          strokeWidth="1.5"
        />
      )}
    </svg>
  );
}

export function StatusSwatch({ status }: { status: Status }) {
  const colour = THEME.statusColours[status];
  const hollow = HOLLOW_STATUSES.includes(status);
  return (
    <svg className="swatch" width="40" height="16" viewBox="0 0 40 16" aria-hidden="true">
      <line x1="1" y1="8" x2="25" y2="8" stroke={colour} strokeWidth="3" strokeDasharray={dashOf(status)} />
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

// Precision is drawn apart from status: a crisp line where the position is surveyed, a faint band
// around an approximate one, and the soft wide corridor of a schematic course (project-layers.ts).
export function PrecisionSwatch({ precision }: { precision: Precision }) {
  const ink = THEME.neutralSymbol;
  return (
    <svg className="swatch" width="40" height="16" viewBox="0 0 40 16" aria-hidden="true">
      {precision === "exact" ? null : (
        <line
          x1="4"
          y1="8"
          x2="36"
          y2="8"
          stroke={ink}
          strokeOpacity={precision === "schematic" ? 0.22 : 0.14}
          strokeWidth={precision === "schematic" ? 13 : 7}
          strokeLinecap="round"
        />
      )}
      <line x1="4" y1="8" x2="36" y2="8" stroke={ink} strokeWidth="2.5" />
    </svg>
  );
}
