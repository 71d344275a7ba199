// Filters and legend in one panel: every status, layer and pillar with its symbol, its name and how many
// projects it would show. Status leads: it is what the map's colours and dashes say, so it must be in view
// without scrolling; precision has its own key below it. Changing anything updates map, list and counts.

import { memo } from "react";
import { COUNTY_NAMES, LAYER_NAMES, PILLAR_NAMES, STATUS_NAMES } from "../../data/facets";
import { COUNTY_CODES, LAYERS, PILLARS, STATUSES } from "../../data/project-schema";
import type { FacetCounts } from "../../filters/facet-counts";
import { isDefaultFilters, type ProjectFilters } from "../../filters/project-filters";
import { LayerSwatch, StatusSwatch } from "../map-area/legend-swatch";
import { PrecisionLegend } from "../map-area/precision-legend";
import { useText } from "../shell/text-context";
import { ToggleRow } from "../shell/toggle-row";

interface FilterPanelProps {
  filters: ProjectFilters;
  counts: FacetCounts;
  onChange: (change: Partial<ProjectFilters>) => void;
  onClear: () => void;
}

function toggled<T>(values: readonly T[], value: T, on: boolean, order: readonly T[]): T[] {
  const next = on ? [...values, value] : values.filter((item) => item !== value);
  return order.filter((item) => next.includes(item));
}

// Memoised: its 20-odd rows draw again when the filters, the counts or the handlers change, not for
// every other change on the page (about 19 commits while the page starts).
export const FilterPanel = memo(function FilterPanel({
  filters,
  counts,
  onChange,
  onClear,
}: FilterPanelProps) {
  const { language, t } = useText();
  return (
    <div className="filter-panel">
      <fieldset>
        <legend>{t("status")}</legend>
        <p className="hint">{t("legendStatus")}</p>
        {STATUSES.map((status) => (
          <ToggleRow
            key={status}
            checked={filters.statuses.includes(status)}
            onChange={(on) => onChange({ statuses: toggled(filters.statuses, status, on, STATUSES) })}
            label={STATUS_NAMES[status][language]}
            count={counts.statuses[status] ?? 0}
            symbol={<StatusSwatch status={status} />}
          />
        ))}
      </fieldset>
      <PrecisionLegend />
      <fieldset>
        <legend>{t("layers")}</legend>
        {LAYERS.map((layer) => (
          <ToggleRow
            key={layer}
            checked={filters.layers.includes(layer)}
            onChange={(on) => onChange({ layers: toggled(filters.layers, layer, on, LAYERS) })}
            label={LAYER_NAMES[layer][language]}
            count={counts.layers[layer] ?? 0}
            symbol={<LayerSwatch layer={layer} />}
          />
        ))}
      </fieldset>
      <fieldset className="chip-group">
        <legend>{t("pillar")}</legend>
        {PILLARS.map((pillar) => (
          <button
            key={pillar}
            type="button"
            className={`chip pillar-${pillar}`}
            aria-pressed={filters.pillars.includes(pillar)}
            onClick={() =>
              onChange({
                pillars: toggled(filters.pillars, pillar, !filters.pillars.includes(pillar), PILLARS),
              })
            }
          >
            {PILLAR_NAMES[pillar][language]} <span className="chip-count">{counts.pillars[pillar] ?? 0}</span>
          </button>
        ))}
      </fieldset>
      <fieldset className="chip-group">
        <legend>{t("county")}</legend>
        <button
          type="button"
          className="chip"
          aria-pressed={filters.counties.length === 0}
          onClick={() => onChange({ counties: [] })}
        >
          {t("allCounties")}
        </button>
        {COUNTY_CODES.map((code) => (
          <button
            key={code}
            type="button"
            className="chip"
            aria-pressed={filters.counties.includes(code)}
            onClick={() =>
              onChange({
                counties: toggled(filters.counties, code, !filters.counties.includes(code), COUNTY_CODES),
              })
            }
          >
            {COUNTY_NAMES[code][language]} <span className="chip-count">{counts.counties[code] ?? 0}</span>
          </button>
        ))}
      </fieldset>
      <button type="button" className="clear-button" onClick={onClear} disabled={isDefaultFilters(filters)}>
        {t("clearFilters")}
      </button>
    </div>
  );
});
