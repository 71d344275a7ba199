// The top of the projects tab while anything is filtered (issue 28): the open project, when the filters
// hide it, said so with one click to show it; every active filter as a chip with ×, and "clear all"; an
// empty list that names the filters it answers. Loaded on demand, with its texts: the first view of an
// unfiltered map does not need it.
import { activeFilters, hidingFilters, liftFilter } from "../../filters/hidden-by";
import type { IndexedProperties } from "../../filters/indexed-properties";
import type { ProjectFilters } from "../../filters/project-filters";
import { useText } from "../shell/text-context";
import { chipLabel, filterName } from "./filter-words";
import { HiddenNotice } from "./hidden-notice";

interface FilterSummaryProps {
  filters: ProjectFilters;
  shown: number; // how many projects the filters show
  // The open project when the filters hide it.
  hidden: IndexedProperties | undefined;
  onFilters: (change: Partial<ProjectFilters>) => void;
  onClear: () => void;
}

export function FilterSummary({ filters, shown, hidden, onFilters, onClear }: FilterSummaryProps) {
  const { language, t } = useText();
  const keys = activeFilters(filters);
  const labels = keys.map((key) => chipLabel(key, filters, language, t));
  return (
    <>
      {hidden ? (
        <HiddenNotice
          names={[language === "zh" ? hidden.name_zh : hidden.name_en]}
          hiding={hidingFilters(hidden, filters)}
          filters={filters}
          onFilters={onFilters}
        />
      ) : null}
      {keys.length > 0 ? (
        // biome-ignore lint/a11y/useSemanticElements: a row of buttons, not a form's fieldset
        <div className="active-filters" role="group" aria-label={t("activeFiltersLabel")}>
          {keys.map((key, index) => (
            <span key={key} className="active-filter" data-filter={key}>
              <span className="active-filter-label">{labels[index]}</span>
              <button
                type="button"
                className="active-filter-remove"
                aria-label={t("chipRemove", { facet: filterName(key, t) })}
                onClick={() => onFilters(liftFilter(key))}
              >
                ×
              </button>
            </span>
          ))}
          <button type="button" className="active-filters-clear" onClick={onClear}>
            {t("clearAllFilters")}
          </button>
        </div>
      ) : null}
      {shown === 0 && keys.length > 0 ? (
        <p className="empty-list" role="status">
          {t("emptyResults", { filters: labels.join(language === "zh" ? "；" : "; ") })}
        </p>
      ) : null}
    </>
  );
}
