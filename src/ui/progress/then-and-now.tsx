// "Then and now" in the details panel: what the plan asked of 2020, then the dated, sourced record of
// what happened since, and how far the record goes. With no entry the panel says so in words; nothing
// is guessed.
import { STATUS_NAMES } from "../../data/facets";
import type { ProjectProperties } from "../../data/project-schema";
import { StatusSwatch } from "../map-area/legend-swatch";
import { useProgressView } from "./progress-context";
import { ProgressSwatch } from "./progress-swatch";
import { formatProgressDate, STAGE_MESSAGES } from "./progress-text";
import "./progress-view.css";
import { useText } from "../shell/text-context";

export function ThenAndNow({ project }: { project: ProjectProperties }) {
  const { language, t } = useText();
  const view = useProgressView();
  const record = view?.record;
  const entries = record?.entries.filter((entry) => entry.project === project.id) ?? [];
  const asOf = record?.asOf ? formatProgressDate(record.asOf, language) : null;
  return (
    <section className="then-and-now" aria-labelledby="then-and-now-heading">
      <h3 id="then-and-now-heading">{t("thenAndNow")}</h3>
      <p className="then-plan">
        <span className="then-label">{t("thenPlan")}</span>
        <StatusSwatch status={project.status} /> {STATUS_NAMES[project.status][language]}
      </p>
      {!record?.loaded ? (
        <p className="hint">{t("progressLoading")}</p>
      ) : entries.length === 0 ? (
        <p className="then-none">{t("progressNoRecord", { date: asOf ?? "—" })}</p>
      ) : (
        <>
          <p className="then-label">{t("nowTimeline")}</p>
          <ol className="progress-timeline">
            {entries.map((entry) => (
              <li key={`${entry.stage}-${entry.date}`} data-stage={entry.stage}>
                <p className="progress-when">
                  <ProgressSwatch stage={entry.stage} />
                  <time dateTime={entry.date}>{formatProgressDate(entry.date, language)}</time>{" "}
                  <strong>{t(STAGE_MESSAGES[entry.stage])}</strong>
                </p>
                <p>{language === "zh" ? entry.text_zh : entry.text_en}</p>
                <p className="progress-source">
                  {t("progressSource")}
                  {/* The record is validated (http/https only); checked again so no other scheme is ever a link. */}
                  <a
                    href={/^https?:\/\//.test(entry.source_url) ? entry.source_url : undefined}
                    target="_blank"
                    rel="noopener noreferrer"
                  >
                    {entry.source_title}
                    <span className="visually-hidden">{t("opensNewTab")}</span>
                  </a>
                </p>
                <blockquote className="progress-excerpt" lang="zh-CN">
                  {entry.source_excerpt}
                </blockquote>
              </li>
            ))}
          </ol>
          <p className="hint">{t("progressRecordedTo", { date: asOf ?? "—" })}</p>
        </>
      )}
    </section>
  );
}
