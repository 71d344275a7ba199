// On the map: "as planned in 2020 / as of today", a year slider from 2020 to the record's as_of year, and
// in the progress view a legend of its own (the 2020 status legend stays in the filter panel).
import { PROGRESS_STAGES } from "../../filters/progress-at-date";
import { useProgressView } from "./progress-context";
import { ProgressSwatch } from "./progress-swatch";
import { STAGE_MESSAGES } from "./progress-text";
import "./progress-view.css";
import { useText } from "../shell/text-context";

export function ProgressViewControl() {
  const { t } = useText();
  const view = useProgressView();
  if (!view) return null;
  const { record, mapView } = view;
  const progress = mapView === "progress";
  // How many projects each stage colours at this year, so the legend doubles as a count.
  const counts = new Map<string, number>();
  for (const { properties } of view.features) {
    const stage = record.stages[properties.id] ?? "no-record";
    counts.set(stage, (counts.get(stage) ?? 0) + 1);
  }
  return (
    <div className="progress-control" data-view={mapView}>
      <fieldset className="progress-switch">
        <legend className="visually-hidden">{t("mapViewLabel")}</legend>
        <label>
          <input
            type="radio"
            name="map-view"
            value="plan"
            checked={!progress}
            onChange={() => view.setMapView("plan")}
          />
          <span>{t("mapViewPlan")}</span>
        </label>
        <label>
          <input
            type="radio"
            name="map-view"
            value="progress"
            checked={progress}
            onChange={() => view.setMapView("progress")}
          />
          <span>{t("mapViewProgress")}</span>
        </label>
      </fieldset>
      {progress ? (
        <>
          <label className="progress-year">
            <span>{t("progressYear", { year: record.year })}</span>
            <input
              type="range"
              min={record.firstYear}
              max={record.lastYear}
              step={1}
              value={record.year}
              aria-valuetext={t("progressYear", { year: record.year })}
              // The last year is "today": left out of the link, so the link follows the record.
              onChange={(event) => {
                const year = Number(event.target.value);
                view.setYear(year === record.lastYear ? null : year);
              }}
            />
          </label>
          <section className="progress-legend" aria-label={t("progressLegend", { year: record.year })}>
            <p className="progress-legend-title">{t("progressLegend", { year: record.year })}</p>
            <ul>
              {PROGRESS_STAGES.filter(
                (stage) => (counts.get(stage) ?? 0) > 0 || !["suspended", "cancelled"].includes(stage),
              ).map((stage) => (
                <li key={stage} data-stage={stage}>
                  <ProgressSwatch stage={stage} />
                  <span>{t(STAGE_MESSAGES[stage])}</span>
                  <span className="progress-count">{counts.get(stage) ?? 0}</span>
                </li>
              ))}
            </ul>
            <p className="hint">{t("progressLegendHint")}</p>
          </section>
        </>
      ) : null}
    </div>
  );
}
