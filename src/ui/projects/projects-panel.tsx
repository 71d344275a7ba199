// The sidebar's project tab: how many projects show, what is filtered (chips, and what hides the open
// project), the filters and basemap choice in a fold, and the list itself. Results come first
// (issue 28): picking a county, layer or pillar in the search, or pressing Enter there, folds the filters
// and brings the list to the top; the open filters end in a button that does the same.
import { type ReactNode, useEffect, useRef, useState } from "react";
import type { FacetCounts } from "../../filters/facet-counts";
import type { IndexedFeature } from "../../filters/indexed-properties";
import { isDefaultFilters, type ProjectFilters } from "../../filters/project-filters";
import { withLaterTexts } from "../../i18n/load-later-texts";
import { LazyPart } from "../shell/lazy-part";
import { useText } from "../shell/text-context";
import { FilterPanel } from "./filter-panel";
import { ProjectList } from "./project-list";

const loadFilterSummary = withLaterTexts(() =>
  import("./filter-summary").then((module) => module.FilterSummary),
);

interface ProjectsPanelProps {
  loaded: boolean;
  narrow: boolean;
  visible: readonly IndexedFeature[];
  total: number;
  filters: ProjectFilters;
  counts: FacetCounts;
  selectedId: string | null;
  // The open project, whether or not the filters show it.
  selected: IndexedFeature | undefined;
  hoveredId: string | null;
  // Changes when the results should lead (a search pick of a filter, Enter in the search).
  resultsKey: number;
  basemapSwitch: ReactNode;
  onFilters: (change: Partial<ProjectFilters>) => void;
  onClearFilters: () => void;
  onSelect: (id: string) => void;
  onHover: (id: string | null) => void;
}

export function ProjectsPanel(props: ProjectsPanelProps) {
  const { t } = useText();
  const { filters, visible, selected } = props;
  // Open at start on a desk with nothing filtered: the status key leads the legend there.
  const [open, setOpen] = useState(() => !props.narrow && isDefaultFilters(filters));
  const listRef = useRef<HTMLDivElement>(null);
  const showResults = () => {
    setOpen(false);
    // After the fold has closed: the list is then at the top of the tab.
    requestAnimationFrame(() => {
      listRef.current?.scrollIntoView({ block: "nearest" });
      listRef.current?.closest(".sidebar")?.scrollTo({ top: 0 });
    });
  };
  const firstKey = useRef(props.resultsKey);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new request folds the filters once
  useEffect(() => {
    if (props.resultsKey !== firstKey.current) showResults();
  }, [props.resultsKey]);
  const hidden = selected && !visible.includes(selected) ? selected.properties : undefined;
  const filtered = !isDefaultFilters(filters);
  // While a query is active its results lead the sidebar: they never hide below the filters.
  const query = filters.query.trim();
  const list = (
    <div id="project-list" tabIndex={-1} ref={listRef}>
      {query && visible.length > 0 ? (
        <h2 className="search-results-heading">{t("searchResults", { query })}</h2>
      ) : null}
      <ProjectList
        projects={visible}
        selectedId={props.selectedId}
        hoveredId={props.hoveredId}
        // The filter summary names what an empty list answers.
        emptyText={filtered ? null : t("noResults")}
        onSelect={props.onSelect}
        onHover={props.onHover}
      />
    </div>
  );
  return (
    <>
      <p className="result-summary" aria-live="polite">
        {props.loaded ? t("summary", { shown: visible.length, total: props.total }) : t("loadingData")}
      </p>
      {props.loaded && (filtered || hidden) ? (
        <LazyPart
          load={loadFilterSummary}
          part="partFilterSummary"
          loading={null}
          props={{
            filters,
            shown: visible.length,
            hidden,
            onFilters: props.onFilters,
            onClear: props.onClearFilters,
          }}
        />
      ) : null}
      {query ? list : null}
      <details
        className="filter-details"
        open={open}
        onToggle={(event) => setOpen((event.currentTarget as HTMLDetailsElement).open)}
      >
        <summary>{t("filters")}</summary>
        <FilterPanel
          filters={filters}
          counts={props.counts}
          onChange={props.onFilters}
          onClear={props.onClearFilters}
        />
        {props.basemapSwitch}
        <div className="show-results">
          <button type="button" className="show-results-button" onClick={showResults}>
            {t("showResults", { count: visible.length })}
          </button>
        </div>
      </details>
      {query ? null : list}
    </>
  );
}
