// The three precisions as the map draws them: a crisp line for exact, a line in a narrow soft band for
// approximate, a line in a wide soft band for schematic (the band is the stated uncertainty on the
// ground, so on the map it widens as you zoom in), with how far each can be off.
import { PRECISION_UNCERTAINTY_METRES, PRECISIONS, type Precision } from "../data/project-schema";
import { distanceWords } from "../i18n/precision-words";
import { PRECISION_NAMES } from "../i18n/vocabulary";
import { STANDARD_THEME } from "../layers/theme";
import { useText } from "./text-context";
import "./precision-legend.css";

const INK = STANDARD_THEME.neutralSymbol;
// Band height in the 40 × 16 swatch (pixels), in proportion to the map at about zoom 10.
const BAND: Record<Precision, number> = { exact: 0, approximate: 7, schematic: 14 };

function PrecisionSwatch({ precision }: { precision: Precision }) {
  const band = BAND[precision];
  return (
    <svg className="swatch" width="40" height="16" viewBox="0 0 40 16" aria-hidden="true">
      {band > 0 ? (
        <rect x="1" y={8 - band / 2} width="38" height={band} rx={band / 2} fill={INK} fillOpacity={0.3} />
      ) : null}
      <line x1="2" y1="8" x2="38" y2="8" stroke={INK} strokeWidth="2.5" />
    </svg>
  );
}

export function PrecisionLegend() {
  const { language, t } = useText();
  return (
    <ul className="precision-legend" aria-label={t("detailPrecision")}>
      <li className="precision-legend-title">{t("detailPrecision")}</li>
      {PRECISIONS.map((precision) => (
        <li key={precision}>
          <PrecisionSwatch precision={precision} />
          <span>
            {PRECISION_NAMES[precision][language]}
            {language === "zh" ? "：" : ": "}
            {t("precisionLegendOff", {
              distance: distanceWords(PRECISION_UNCERTAINTY_METRES[precision], language),
            })}
          </span>
        </li>
      ))}
      <li className="hint">{t("precisionNote")}</li>
    </ul>
  );
}
