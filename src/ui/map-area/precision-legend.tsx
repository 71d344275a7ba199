// The three precisions as the map draws them: a crisp line for exact, a line in a narrow soft band for
// approximate, a line in a wide soft band for schematic (the band is the stated uncertainty on the
// ground, so on the map it widens as you zoom in), with how far each can be off.
import { PRECISION_UNCERTAINTY_METRES, PRECISIONS } from "../../data/project-schema";
import { distanceWords } from "../../i18n/precision-words";
import { PRECISION_NAMES } from "../../i18n/vocabulary";
import { useText } from "../shell/text-context";
import { PrecisionSwatch } from "./legend-swatch";
import "./precision-legend.css";

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
