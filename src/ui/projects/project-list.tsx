// The accessible alternative to the canvas: every visible project as a list item. Hover or focus
// highlights it on the map; activating it opens the details and frames it. Rows come in pages of
// PAGE_SIZE: the plan has dozens of projects, but a dataset of 10 000 would otherwise put 10 000 buttons
// in the page before the map can draw.
import { memo, useEffect, useMemo, useState } from "react";
import { COUNTY_NAMES, LAYER_NAMES, STATUS_NAMES } from "../../data/facets";
import type { IndexedFeature } from "../../filters/indexed-properties";
import { StatusSwatch } from "../map-area/legend-swatch";
import { useText } from "../shell/text-context";

interface ProjectListProps {
  projects: readonly IndexedFeature[];
  selectedId: string | null;
  hoveredId: string | null;
  // What an empty list says; null when the page says it elsewhere (the filter summary names the filters).
  emptyText?: string | null;
  onSelect: (id: string) => void;
  onHover: (id: string | null) => void;
}

const PAGE_SIZE = 200;
// The data comes sorted by Chinese name; the English list reads alphabetically by its own names.
const englishOrder = new Intl.Collator("en", { sensitivity: "base", numeric: true });

// Memoised, as each row below: the list re-renders only when its projects, the selection or the hover
// change, not whenever anything else on the page does (data arriving, the camera, a legend measured:
// about 19 commits while the page starts), and a hover re-renders the two rows it concerns, not all.
export const ProjectList = memo(function ProjectList({
  projects,
  selectedId,
  hoveredId,
  emptyText,
  onSelect,
  onHover,
}: ProjectListProps) {
  const { language, t } = useText();
  const [limit, setLimit] = useState(PAGE_SIZE);
  const sorted = useMemo(
    () =>
      language === "en"
        ? [...projects].sort((a, b) => englishOrder.compare(a.properties.name_en, b.properties.name_en))
        : projects,
    [projects, language],
  );
  // A new filter result starts again from its first page.
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset when the result list changes
  useEffect(() => setLimit(PAGE_SIZE), [projects]);
  if (projects.length === 0) {
    if (emptyText === null) return null;
    return <p className="empty-list">{emptyText ?? t("noResults")}</p>;
  }
  const remaining = projects.length - limit;
  return (
    <>
      {/* Explicit role: Safari drops the list role from a list styled with list-style: none. */}
      {/* biome-ignore lint/a11y/noRedundantRoles: see above */}
      <ul role="list" className="project-list" aria-label={t("projects")}>
        {sorted.slice(0, limit).map(({ properties: project }) => (
          <ProjectRow
            key={project.id}
            project={project}
            selected={project.id === selectedId}
            hovered={project.id === hoveredId}
            onSelect={onSelect}
            onHover={onHover}
          />
        ))}
      </ul>
      {remaining > 0 ? (
        <button
          type="button"
          className="secondary-button show-more"
          onClick={() => setLimit(limit + PAGE_SIZE)}
        >
          {t("showMore", { count: Math.min(PAGE_SIZE, remaining), remaining })}
        </button>
      ) : null}
    </>
  );
});

interface ProjectRowProps {
  project: IndexedFeature["properties"];
  selected: boolean;
  hovered: boolean;
  onSelect: (id: string) => void;
  onHover: (id: string | null) => void;
}

const ProjectRow = memo(function ProjectRow({
  project,
  selected,
  hovered,
  onSelect,
  onHover,
}: ProjectRowProps) {
  const { language, t } = useText();
  const name = language === "zh" ? project.name_zh : project.name_en;
  const counties = project.counties
    .map((code) => COUNTY_NAMES[code][language])
    .join(language === "zh" ? "、" : ", ");
  return (
    <li className={selected ? "is-selected" : hovered ? "is-hovered" : undefined}>
      <button
        type="button"
        className="project-item"
        data-project-id={project.id}
        aria-current={selected ? "true" : undefined}
        onClick={() => onSelect(project.id)}
        onMouseEnter={() => onHover(project.id)}
        onMouseLeave={() => onHover(null)}
        onFocus={() => onHover(project.id)}
        onBlur={() => onHover(null)}
      >
        <StatusSwatch status={project.status} />
        <span className="project-text">
          <span className="project-name">{name}</span>
          <span className="project-meta">
            {LAYER_NAMES[project.layer][language]} · {STATUS_NAMES[project.status][language]}
            {counties ? ` · ${counties}` : ""}
            {project.precision === "schematic" ? ` · ${t("schematicBadge")}` : ""}
          </span>
        </span>
      </button>
    </li>
  );
});
