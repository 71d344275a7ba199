// What a view shows: the projects tab's own filter panel (the same controls, the same counts) and the
// colouring — the plan's 2020 statuses, or the recorded progress at a year. Used for the view being
// framed and for each slide of the presenter's own tour.
import type { SlideView } from "../../data/tour-schema";
import type { FacetCounts } from "../../filters/facet-counts";
import type { ProjectFilters } from "../../filters/project-filters";
import { useProgressView } from "../progress/progress-context";
import { FilterPanel } from "../projects/filter-panel";
import { useText } from "../shell/text-context";

interface ViewFieldsProps {
  name: string; // tells apart the radio groups of several of these on one page
  filters: ProjectFilters;
  counts: FacetCounts;
  view: SlideView;
  onFilters: (change: Partial<ProjectFilters>) => void;
  onClear: () => void;
  onView: (view: SlideView) => void;
}

export function PresenterViewFields({
  name,
  filters,
  counts,
  view,
  onFilters,
  onClear,
  onView,
}: ViewFieldsProps) {
  const { t } = useText();
  const progress = useProgressView();
  const record = progress?.record;
  const years = record?.loaded
    ? Array.from({ length: record.lastYear - record.firstYear + 1 }, (_, offset) => record.firstYear + offset)
    : [];
  return (
    <div className="presenter-view-fields">
      <fieldset className="presenter-view-choice">
        <legend>{t("tourViewChoice")}</legend>
        <label>
          <input
            type="radio"
            name={`${name}-view`}
            checked={view.mode === "plan"}
            onChange={() => onView({ mode: "plan" })}
          />
          {t("mapViewPlan")}
        </label>
        <label>
          <input
            type="radio"
            name={`${name}-view`}
            checked={view.mode === "progress"}
            disabled={years.length === 0}
            onChange={() => onView({ mode: "progress" })}
          />
          {t("mapViewProgress")}
        </label>
        {view.mode === "progress" && years.length > 0 ? (
          <label className="presenter-view-year">
            {t("tourYear")}
            <select
              value={view.year ?? ""}
              onChange={(event) =>
                onView(
                  event.target.value === ""
                    ? { mode: "progress" }
                    : { mode: "progress", year: Number(event.target.value) },
                )
              }
            >
              <option value="">{t("tourYearLatest")}</option>
              {years.map((year) => (
                <option key={year} value={year}>
                  {year}
                </option>
              ))}
            </select>
          </label>
        ) : null}
      </fieldset>
      <FilterPanel filters={filters} counts={counts} onChange={onFilters} onClear={onClear} />
    </div>
  );
}
