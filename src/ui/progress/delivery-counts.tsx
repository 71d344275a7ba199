// "Delivery at a glance" in the planner tab: how many of the plan's projects had reached each stage by
// the end of the chosen year (the map's progress year), per pillar, layer and county, with a CSV export.
import { useMemo } from "react";
import { downloadText } from "../../browser/download-file";
import { COUNTY_NAMES, LAYER_NAMES, PILLAR_NAMES } from "../../data/facets";
import type { CountyCode, LayerName, Pillar } from "../../data/project-schema";
import { type DeliveryGroup, type DeliveryRow, deliveryCsv, deliveryRows } from "../../filters/delivery-csv";
import { deliveryCounts, PROGRESS_STAGES } from "../../filters/progress-at-date";
import type { MessageKey } from "../../i18n/messages";
import { useProgressView } from "./progress-context";
import { ProgressSwatch } from "./progress-swatch";
import { STAGE_MESSAGES } from "./progress-text";
import "./progress-view.css";
import { useText } from "../shell/text-context";

const GROUP_MESSAGES: Record<DeliveryGroup, MessageKey> = {
  all: "deliveryAll",
  pillar: "deliveryByPillar",
  layer: "deliveryByLayer",
  county: "deliveryByCounty",
};

export function DeliveryCounts() {
  const { language, t } = useText();
  const view = useProgressView();
  const features = view?.features;
  const record = view?.record;
  const rows = useMemo(
    () =>
      features && record?.loaded ? deliveryRows(deliveryCounts(features, record.entries, record.year)) : null,
    [features, record?.loaded, record?.entries, record?.year],
  );
  if (!view || !record || !rows) return <p className="hint">{t("progressLoading")}</p>;
  const rowName = (row: DeliveryRow) =>
    row.group === "all"
      ? t("deliveryAll")
      : row.group === "pillar"
        ? PILLAR_NAMES[row.key as Pillar][language]
        : row.group === "layer"
          ? LAYER_NAMES[row.key as LayerName][language]
          : COUNTY_NAMES[row.key as CountyCode][language];
  // Suspended and cancelled get a column only once some project has reached them.
  const stages = PROGRESS_STAGES.filter(
    (stage) => !["suspended", "cancelled"].includes(stage) || (rows[0]?.counts[stage] ?? 0) > 0,
  );
  const withRecord = new Set(record.entries.map((entry) => entry.project));
  const recorded = view.features.filter(({ properties }) => withRecord.has(properties.id)).length;
  const exportCsv = () => {
    const text = deliveryCsv(rows, record.year, {
      yearHeader: language === "zh" ? "年份" : "Year",
      groupHeader: t("deliveryGroup"),
      rowHeader: t("deliveryRow"),
      totalHeader: language === "zh" ? "项目数" : "Projects",
      group: (group) => t(GROUP_MESSAGES[group]),
      row: rowName,
      stage: (stage) => t(STAGE_MESSAGES[stage]),
    });
    downloadText(`jiaxing-delivery-${record.year}-${language}.csv`, text, "text/csv;charset=utf-8");
  };
  return (
    <section className="delivery-counts" aria-labelledby="delivery-heading">
      <h2 id="delivery-heading">{t("deliveryHeading")}</h2>
      <p className="hint">
        {t("deliveryRecords", { count: recorded, total: view.features.length })}{" "}
        {record.asOf ? t("progressRecordedTo", { date: record.asOf }) : null}
      </p>
      <div className="delivery-scroll">
        <table className="delivery-table">
          <caption>{t("deliveryCaption", { year: record.year })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("deliveryRow")}</th>
              {stages.map((stage) => (
                <th scope="col" key={stage} data-stage={stage}>
                  <ProgressSwatch stage={stage} />
                  <span>{t(STAGE_MESSAGES[stage])}</span>
                </th>
              ))}
            </tr>
          </thead>
          {(["all", "pillar", "layer", "county"] as const).map((group) => (
            <tbody key={group} data-group={group}>
              {group !== "all" ? (
                <tr className="delivery-group">
                  <th scope="rowgroup" colSpan={stages.length + 1}>
                    {t(GROUP_MESSAGES[group])}
                  </th>
                </tr>
              ) : null}
              {rows
                .filter((row) => row.group === group && row.total > 0)
                .map((row) => (
                  <tr key={row.key} data-row={row.key}>
                    <th scope="row">{rowName(row)}</th>
                    {stages.map((stage) => (
                      <td key={stage} data-stage={stage}>
                        {row.counts[stage] || <span className="delivery-zero">0</span>}
                      </td>
                    ))}
                  </tr>
                ))}
            </tbody>
          ))}
        </table>
      </div>
      <button type="button" className="secondary-button" onClick={exportCsv}>
        {t("exportDeliveryCsv")}
      </button>
    </section>
  );
}
