// The room's legend: the 2020 statuses the slide shows (or, in the progress view, the recorded stages at
// the slide's year), with the key to the black outline when the slide highlights projects.
import { STATUSES } from "../../data/project-schema";
import type { IndexedFeature } from "../../filters/indexed-properties";
import { PROGRESS_STAGES } from "../../filters/progress-at-date";
import { statusLegend } from "../../state/presenter/presenter-overlay-content";
import { StatusSwatch } from "../map-area/legend-swatch";
import { useProgressView } from "../progress/progress-context";
import { ProgressSwatch } from "../progress/progress-swatch";
import { STAGE_MESSAGES } from "../progress/progress-text";
import { useText } from "../shell/text-context";

export function PresenterLegend({
  visible,
  highlights,
}: {
  visible: readonly IndexedFeature[];
  highlights: boolean;
}) {
  const { language, t } = useText();
  const progress = useProgressView();
  const focus = highlights ? <li className="presenter-focus">{t("presenterFocus")}</li> : null;
  if (progress && progress.mapView === "progress") {
    const { record } = progress;
    const shown = new Set(visible.map((feature) => record.stages[feature.properties.id] ?? "no-record"));
    return (
      <aside className="presenter-legend" aria-label={t("presenterLegend")}>
        <h3>{t("progressLegend", { year: record.year })}</h3>
        <ul>
          {PROGRESS_STAGES.filter((stage) => shown.has(stage)).map((stage) => (
            <li key={stage}>
              <ProgressSwatch stage={stage} />
              {t(STAGE_MESSAGES[stage])}
            </li>
          ))}
          {focus}
        </ul>
      </aside>
    );
  }
  const shown = new Set(visible.map((feature) => feature.properties.status));
  const legend = statusLegend(language, shown, false);
  return (
    <aside className="presenter-legend" aria-label={t("presenterLegend")}>
      <h3>{legend.title}</h3>
      <ul>
        {STATUSES.filter((status) => shown.has(status)).map((status, position) => (
          <li key={status}>
            <StatusSwatch status={status} />
            {legend.rows[position]}
          </li>
        ))}
        {focus}
      </ul>
    </aside>
  );
}
