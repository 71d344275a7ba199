// The sidebar's project tab: how many projects show, the filters and basemap choice (folded on a
// phone), and the list itself.
import type { ReactNode } from "react";
import type { FacetCounts } from "../../filters/facet-counts";
import type { IndexedFeature } from "../../filters/indexed-properties";
import type { ProjectFilters } from "../../filters/project-filters";
import { useText } from "../shell/text-context";
import { FilterPanel } from "./filter-panel";
import { ProjectList } from "./project-list";

interface ProjectsPanelProps {
  loaded: boolean;
  narrow: boolean;
  visible: readonly IndexedFeature[];
  total: number;
  filters: ProjectFilters;
  counts: FacetCounts;
  selectedId: string | null;
  hoveredId: string | null;
  basemapSwitch: ReactNode;
  onFilters: (change: Partial<ProjectFilters>) => void;
  onClearFilters: () => void;
  onSelect: (id: string) => void;
  onHover: (id: string | null) => void;
}

export function ProjectsPanel(props: ProjectsPanelProps) {
  const { t } = useText();
  // While a query is active its results lead the sidebar: they never hide below the filters.
  const query = props.filters.query.trim();
  const list = (
    <div id="project-list" tabIndex={-1}>
      {query ? <h2 className="search-results-heading">{t("searchResults", { query })}</h2> : null}
      <ProjectList
        projects={props.visible}
        selectedId={props.selectedId}
        hoveredId={props.hoveredId}
        onSelect={props.onSelect}
        onHover={props.onHover}
      />
    </div>
  );
  return (
    <>
      <p className="result-summary" aria-live="polite">
        {props.loaded ? t("summary", { shown: props.visible.length, total: props.total }) : t("loadingData")}
      </p>
      {query ? list : null}
      <details className="filter-details" open={!props.narrow}>
        <summary>{t("filters")}</summary>
        <FilterPanel
          filters={props.filters}
          counts={props.counts}
          onChange={props.onFilters}
          onClear={props.onClearFilters}
        />
        {props.basemapSwitch}
      </details>
      {query ? null : list}
    </>
  );
}
