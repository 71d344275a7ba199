// The projects of a clause several projects share, offered under the paragraph: pick one to select and
// frame it. Focus moves into the list when it opens and back to nothing surprising when it closes.
import { useEffect, useRef } from "react";
import { LAYER_NAMES, STATUS_NAMES } from "../../data/facets";
import type { ProjectProperties } from "../../data/project-schema";
import { LANGUAGE_TAGS } from "../../i18n/language";
import type { PlanMark } from "../../plan-text/plan-index";
import { StatusSwatch } from "../map-area/legend-swatch";
import { useText } from "../shell/text-context";

interface PlanChooserProps {
  id: string;
  mark: Extract<PlanMark, { kind: "mapped" }>;
  projects: ReadonlyMap<string, ProjectProperties>;
  onSelect: (id: string) => void;
  onClose: () => void;
}

export function PlanChooser({ id, mark, projects, onSelect, onClose }: PlanChooserProps) {
  const { language, t } = useText();
  const list = useRef<HTMLUListElement>(null);
  useEffect(() => list.current?.querySelector("button")?.focus(), []);
  const choices = mark.projectIds
    .map((projectId) => projects.get(projectId))
    .filter((project): project is ProjectProperties => project !== undefined);
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Escape closes the chooser from any of its buttons
    <div
      id={id}
      className="plan-chooser"
      lang={LANGUAGE_TAGS[language]}
      onKeyDown={(event) => {
        if (event.key === "Escape") {
          event.stopPropagation();
          onClose();
        }
      }}
    >
      <p>{t("planChooseProject", { count: choices.length })}</p>
      <ul ref={list}>
        {choices.map((project) => (
          <li key={project.id}>
            <button type="button" className="plan-choice" onClick={() => onSelect(project.id)}>
              <StatusSwatch status={project.status} />
              <span>
                {language === "zh" ? project.name_zh : project.name_en}
                <small>
                  {LAYER_NAMES[project.layer][language]} · {STATUS_NAMES[project.status][language]}
                </small>
              </span>
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="secondary-button plan-chooser-close" onClick={onClose}>
        {t("close")}
      </button>
    </div>
  );
}
