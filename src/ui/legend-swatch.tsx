// Small SVG symbols that repeat the map's own drawing rules, so the legend reads like the map.
import type { LayerName, Status } from "../data/project-schema";
import { HOLLOW_STATUSES, STANDARD_THEME, STATUS_DASHES } from "../layers/theme";

const NEUTRAL = "#5d5a55";
const CASINGS: Partial<Record<LayerName, string>> = {
  railway: "#2b2b2b",
  highway: "#c9c6bf",
  waterway: "#9fcdeb",
};

export function LayerSwatch({ layer }: { layer: LayerName }) {
  const casing = CASINGS[layer];
  return (
    <svg className="swatch" width="28" height="16" viewBox="0 0 28 16" aria-hidden="true">
      {casing ? (
        <>
          <line x1="2" y1="8" x2="26" y2="8" stroke={casing} strokeWidth="7" strokeLinecap="round" />
          <line x1="2" y1="8" x2="26" y2="8" stroke={NEUTRAL} strokeWidth="3" />
        </>
      ) : layer === "airport" || layer === "innovation" ? (
        <circle cx="14" cy="8" r="5.5" fill={NEUTRAL} stroke="#fff" strokeWidth="1.5" />
      ) : (
        <rect
          x="3"
          y="2"
          width="22"
          height="12"
          rx="1.5"
          fill={`${NEUTRAL}33`}
          stroke={NEUTRAL}
          strokeWidth="1.5"
        />
      )}
    </svg>
  );
}

export function StatusSwatch({ status }: { status: Status }) {
  const colour = STANDARD_THEME.statusColours[status];
  const dash = STATUS_DASHES[status].map((value) => value * 3).join(" ");
  const hollow = HOLLOW_STATUSES.includes(status);
  return (
    <svg className="swatch" width="40" height="16" viewBox="0 0 40 16" aria-hidden="true">
      <line x1="1" y1="8" x2="25" y2="8" stroke={colour} strokeWidth="3" strokeDasharray={dash} />
      <circle
        cx="33"
        cy="8"
        r="5"
        fill={hollow ? "#fff" : colour}
        stroke={hollow ? colour : "#fff"}
        strokeWidth={hollow ? 2.5 : 1}
      />
    </svg>
  );
}
