// Everything the plan says about one project, with its verbatim clause and section, so a reader can
// check the map against the source.
import { useEffect, useRef } from "react";
import { COUNTY_NAMES, LAYER_NAMES, PILLAR_NAMES, STATUS_NAMES } from "../../data/facets";
import type { ProjectProperties } from "../../data/project-schema";
import { hidingFilters } from "../../filters/hidden-by";
import type { IndexedProperties } from "../../filters/indexed-properties";
import type { ProjectFilters } from "../../filters/project-filters";
import type { MessageKey } from "../../i18n/messages";
import { PRECISION_NAMES } from "../../i18n/vocabulary";
import { StatusSwatch } from "../map-area/legend-swatch";
import { PrecisionNote } from "../map-area/precision-note";
import { ThenAndNow } from "../progress/progress-slots";
import { HiddenNotice } from "../projects/hidden-notice";
import { CopyLinkButton } from "../shell/copy-link-button";
import { SheetHandle } from "../shell/sheet-handle";
import { useText } from "../shell/text-context";
import { DetailQuote } from "./detail-quote";

interface DetailPanelProps {
  project: ProjectProperties;
  // The filters, to say when they hide the project and to lift them (issue 28); the indexed project
  // carries the search text the search filter reads.
  filters?: ProjectFilters;
  onFilters?: (change: Partial<ProjectFilters>) => void;
  onClose: () => void;
  onFrame: () => void;
  onReadInPlan?: () => void; // opens the plan tab at this project's clause
}

export function DetailPanel({
  project,
  filters,
  onFilters,
  onClose,
  onFrame,
  onReadInPlan,
}: DetailPanelProps) {
  const { language, t } = useText();
  const heading = useRef<HTMLHeadingElement>(null);
  // Move focus to the new project's heading so keyboard and screen-reader users land on what opened —
  // unless the reader is on the plan's text, where a link or "Read in the plan" put them on the clause
  // (the panel loads on demand and may arrive after that clause took focus).
  // biome-ignore lint/correctness/useExhaustiveDependencies: refocus when the project changes
  useEffect(() => {
    if (document.activeElement?.closest("#sidebar-panel-plan")) return;
    heading.current?.focus();
  }, [project.id]);
  const other = language === "zh" ? project.name_en : project.name_zh;
  const counties = project.counties.map((code) => COUNTY_NAMES[code][language]);
  const rows: [MessageKey, string][] = [
    ["detailPillar", PILLAR_NAMES[project.pillar][language]],
    ["detailLayer", LAYER_NAMES[project.layer][language]],
    ["detailCounties", counties.join(language === "zh" ? "、" : ", ") || "—"],
    ["detailPrecision", PRECISION_NAMES[project.precision][language]],
  ];
  return (
    <aside className="detail-panel" aria-labelledby="detail-heading">
      <SheetHandle />
      <div className="detail-header">
        <h2 id="detail-heading" tabIndex={-1} ref={heading}>
          {language === "zh" ? project.name_zh : project.name_en}
        </h2>
        <button type="button" className="icon-button" onClick={onClose} aria-label={t("close")}>
          ×
        </button>
      </div>
      <p className="detail-other-name" lang={language === "zh" ? "en" : "zh-CN"}>
        {other}
      </p>
      {filters && onFilters && "search_text" in project ? (
        <HiddenNotice
          names={[language === "zh" ? project.name_zh : project.name_en]}
          hiding={hidingFilters(project as IndexedProperties, filters)}
          filters={filters}
          onFilters={onFilters}
        />
      ) : null}
      <p className="detail-status">
        <StatusSwatch status={project.status} /> {STATUS_NAMES[project.status][language]}
      </p>
      <h3>{t("detailTarget")}</h3>
      <p>{language === "zh" ? project.target_zh : project.target_en}</p>
      <dl className="detail-facts">
        {rows.map(([key, value]) => (
          <div key={key}>
            <dt>{t(key)}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {project.beyond_city ? <p className="hint">{t("beyondCity")}</p> : null}
      <PrecisionNote project={project} />
      <DetailQuote project={project} />
      {onReadInPlan ? (
        <button type="button" className="secondary-button detail-read-in-plan" onClick={onReadInPlan}>
          {t("readInPlan")}
        </button>
      ) : null}
      {(language === "zh" ? project.note_zh : project.note_en) ? (
        <p className="hint">{language === "zh" ? project.note_zh : project.note_en}</p>
      ) : null}
      <ThenAndNow project={project} />
      <div className="detail-actions">
        <button type="button" className="secondary-button" onClick={onFrame}>
          {t("frameProject")}
        </button>
        <CopyLinkButton label={t("copyLink")} doneLabel={t("linkCopied")} />
      </div>
    </aside>
  );
}
