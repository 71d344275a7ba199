// The planner tab: distance N, the catchments to draw, the coverage table with its CSV export, and
// the measuring and selecting tools. A refused N shows its reason and no numbers at all.

import { LAYER_NAMES } from "../data/facets";
import { STANDARD_THEME } from "../layers/theme";
import type { Planner } from "../state/use-planner";
import { CATCHMENT_LAYERS } from "../state/view-state";
import { PlannerCoverageTable } from "./planner-coverage-table";
import { PlannerTools } from "./planner-tools";
import "./planner.css";
import { useText } from "./text-context";
import { UserLayersPlannerSection } from "./user-layers-planner-section";

interface PlannerPanelProps {
  planner: Planner;
  nameOf: (id: string) => string;
  onSelectProject: (id: string) => void;
}

export function PlannerPanel({ planner, nameOf, onSelectProject }: PlannerPanelProps) {
  const { language, t } = useText();
  const { distance, coverage, computing } = planner;
  const table = coverage?.ok ? coverage.value : null;
  return (
    <div className="planner-panel">
      <div className="planner-field">
        <label htmlFor="planner-distance">{t("plannerDistance")}</label>
        <input
          id="planner-distance"
          type="text"
          inputMode="decimal"
          autoComplete="off"
          value={planner.distanceText}
          aria-invalid={!distance.ok}
          aria-describedby={distance.ok ? "planner-distance-hint" : "planner-distance-error"}
          onChange={(event) => planner.setDistanceText(event.target.value)}
        />
        {distance.ok ? (
          <p id="planner-distance-hint" className="hint">
            {t("plannerDistanceHint")}
          </p>
        ) : (
          <p id="planner-distance-error" className="planner-error" role="alert">
            {language === "zh" ? distance.message_zh : distance.message_en}
          </p>
        )}
      </div>
      <fieldset className="planner-catchments">
        <legend>{t("plannerCatchments")}</legend>
        {CATCHMENT_LAYERS.map((layer) => (
          <label key={layer} className="toggle-row">
            <input
              type="checkbox"
              checked={planner.catchmentLayers.includes(layer)}
              onChange={(event) => planner.toggleCatchment(layer, event.target.checked)}
            />
            <span
              className="catchment-swatch"
              aria-hidden="true"
              style={{
                background: STANDARD_THEME.catchments[layer as keyof typeof STANDARD_THEME.catchments],
              }}
            />
            <span className="toggle-label">{LAYER_NAMES[layer][language]}</span>
          </label>
        ))}
      </fieldset>
      {/* data-milliseconds: the last table's round trip to the worker, read by the browser test. */}
      <p className="planner-status" role="status" data-milliseconds={planner.milliseconds?.toFixed(0)}>
        {computing || (distance.ok && !coverage) ? t("plannerComputing") : ""}
      </p>
      {distance.ok && table ? (
        <>
          <PlannerCoverageTable table={table} computing={computing} nameOf={nameOf} />
          <button type="button" className="secondary-button" onClick={planner.exportCsv} disabled={computing}>
            {t("exportCsv")}
          </button>
        </>
      ) : coverage && !coverage.ok && distance.ok ? (
        <p className="planner-error" role="alert">
          {language === "zh" ? coverage.message_zh : coverage.message_en}
        </p>
      ) : null}
      <UserLayersPlannerSection distance={distance} />
      <PlannerTools
        tools={planner.tools}
        onExport={planner.exportSelection}
        onSelectProject={onSelectProject}
      />
    </div>
  );
}
