// The planner tab's section for the planner's own layers: pick a layer and read, per county, how many
// of its points lie within N km of the plan's railway, highway and waterway projects (and which), the
// km of its lines and km² of its polygons with their overlap with the platform zones; export both
// tables as CSV, the feature table headed by the layer's own name column.
import { useState } from "react";
import type { AnalysisResult } from "../../analysis/analysis-result";
import {
  type UserLayerFeatureColumn,
  userLayerCountyCsv,
  userLayerFeatureCsv,
} from "../../analysis/user-layer-coverage-csv";
import { downloadText } from "../../browser/download-file";
import type { Translate } from "../../i18n/messages";
import { geometryKindOf } from "../../import/geometry-kind";
import { formatDistance, rowLabel } from "../../state/planner/planner-format";
import { useUserLayerCoverage } from "../../state/your-layers/use-user-layer-coverage";
import { useText } from "../shell/text-context";
import { useUserLayersForPlanner } from "./user-layers-context";
import "./user-layers-panel.css";
import { countyHeaders, UserLayersCoverageTable } from "./user-layers-coverage-table";

// Points named one by one under the table; the full list is in the exported feature table.
const LISTED_POINTS = 20;

export function UserLayersPlannerSection({ distance }: { distance: AnalysisResult<number> }) {
  const { language, t } = useText();
  const context = useUserLayersForPlanner();
  const [chosenId, setChosenId] = useState<string | null>(null);
  const layer = context.layers.find((item) => item.id === chosenId) ?? context.layers[0];
  const { coverage, computing } = useUserLayerCoverage({ ...context, layer, distance });
  const value = coverage?.ok ? coverage.value : null;
  const kind = layer ? geometryKindOf(layer.features.features) : "point";
  const km = distance.ok ? formatDistance(distance.value) : "";
  const nearRail = value ? value.features.filter((row) => row.railwayKilometres !== null) : [];
  const countyName = (adcode: string | null) =>
    adcode === null ? t("userLayersCsvOutside") : rowLabel(language, { adcode });
  const fileBase = layer ? `${layer.name}-${km}km` : "";
  return (
    <section
      className="user-layers-planner"
      aria-labelledby="user-layers-planner-heading"
      aria-busy={computing}
    >
      <h3 id="user-layers-planner-heading">{t("userLayersPlannerHeading")}</h3>
      {!layer ? (
        <p className="hint">{t("userLayersPlannerNone")}</p>
      ) : (
        <>
          {context.layers.length > 1 ? (
            <div className="planner-field">
              <label htmlFor="user-layers-planner-layer">{t("userLayersPlannerLayer")}</label>
              <select
                id="user-layers-planner-layer"
                value={layer.id}
                onChange={(event) => setChosenId(event.target.value)}
              >
                {context.layers.map((item) => (
                  <option key={item.id} value={item.id}>
                    {item.name}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
          <p className="hint">{t("userLayersPlannerHint")}</p>
          {coverage && !coverage.ok ? (
            <p className="planner-error" role="alert">
              {language === "zh" ? coverage.message_zh : coverage.message_en}
            </p>
          ) : value && distance.ok ? (
            <>
              <UserLayersCoverageTable coverage={value} kind={kind} layerName={layer.name} />
              {value.pointsOutsideCounties > 0 ? (
                <p className="hint">{t("userLayersOutside", { count: value.pointsOutsideCounties })}</p>
              ) : null}
              {kind === "point" || kind === "mixed" ? (
                <details className="user-layers-near-list">
                  <summary>{t("userLayersNearList", { distance: km, count: nearRail.length })}</summary>
                  <ol>
                    {nearRail.slice(0, LISTED_POINTS).map((row) => (
                      <li key={row.number} value={row.number}>
                        {row.name || t("userFeatureUntitled", { number: row.number })} ·{" "}
                        {(row.railwayKilometres ?? 0).toFixed(1)} km · {countyName(row.adcode)}
                      </li>
                    ))}
                  </ol>
                  {nearRail.length > LISTED_POINTS ? (
                    <p className="hint">
                      {t("userLayersNearListMore", { count: nearRail.length - LISTED_POINTS })}
                    </p>
                  ) : null}
                </details>
              ) : null}
              <div className="user-layers-planner-exports">
                <button
                  type="button"
                  className="secondary-button"
                  disabled={computing}
                  onClick={() =>
                    downloadText(
                      `${fileBase}-counties.csv`,
                      userLayerCountyCsv(value, countyHeaders(t, km), (adcode) =>
                        rowLabel(language, { adcode }),
                      ),
                      "text/csv;charset=utf-8",
                    )
                  }
                >
                  {t("userLayersExportCounties")}
                </button>
                <button
                  type="button"
                  className="secondary-button"
                  disabled={computing}
                  onClick={() =>
                    downloadText(
                      `${fileBase}-features.csv`,
                      userLayerFeatureCsv(value, featureHeaders(t), countyName),
                      "text/csv;charset=utf-8",
                    )
                  }
                >
                  {t("userLayersExportFeatures")}
                </button>
              </div>
            </>
          ) : distance.ok ? (
            <p className="planner-status" role="status">
              {t("plannerComputing")}
            </p>
          ) : null}
        </>
      )}
    </section>
  );
}

function featureHeaders(t: Translate): Record<UserLayerFeatureColumn, string> {
  return {
    number: t("userLayersCsvNumber"),
    name: t("userLayersCsvName"),
    county: t("userLayersCsvCounty"),
    railwayKilometres: t("userLayersCsvRailwayKm"),
    highwayKilometres: t("userLayersCsvHighwayKm"),
    waterwayKilometres: t("userLayersCsvWaterwayKm"),
    lengthKilometres: t("userLayersCsvLengthKm"),
    areaSquareKilometres: t("userLayersCsvAreaKm2"),
    platformOverlapSquareKilometres: t("userLayersOverlapKm2"),
  };
}
