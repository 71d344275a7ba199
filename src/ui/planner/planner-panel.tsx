// The planner tab, as a list of sections: the question (distance N and the catchments to draw), the
// measuring and selecting tools, and the coverage table with its notes, zone breakdown and exports.
// The tools come before the table so they are reachable without scrolling past it. Other features add
// their own section to PLANNER_SECTIONS' list below (one entry each), not inside these.
import type { ReactNode } from "react";
import { LAYER_NAMES } from "../../data/facets";
import { STANDARD_THEME } from "../../layers/theme";
import { CATCHMENT_LAYERS } from "../../state/app/view-state";
import { type PlannerExports, usePlannerExports } from "../../state/planner/planner-exports";
import type { Planner } from "../../state/planner/use-planner";
import { DeliveryCounts } from "../progress/delivery-counts";
import { PlannerCoverageTable } from "./planner-coverage-table";
import { PlannerTools } from "./planner-tool-buttons";
import { PlannerZoneTable } from "./planner-zone-table";
import "./planner-panel.css";
import { useText } from "../shell/text-context";
import { BUSY_SHOWS_AFTER_MILLISECONDS, useDelayedFlag } from "../shell/use-delayed-flag";
import { UserLayersPlannerSection } from "../your-layers/user-layers-planner-section";

interface PlannerPanelProps {
  planner: Planner;
  nameOf: (id: string) => string;
  onSelectProject: (id: string) => void;
}

export function PlannerPanel({ planner, nameOf, onSelectProject }: PlannerPanelProps) {
  // The files a planner takes away: built with the panel's code, not the page's first script.
  const { language } = useText();
  const exports = usePlannerExports({
    language,
    coverage: planner.coverage,
    tools: planner.tools,
    nameOf,
    scope: planner.scope,
  });
  const sections: { id: string; content: ReactNode }[] = [
    { id: "scope", content: <PlannerScopeLine planner={planner} /> },
    { id: "question", content: <PlannerQuestion planner={planner} /> },
    {
      id: "tools",
      content: (
        <PlannerTools
          tools={planner.tools}
          onExport={exports.exportSelection}
          onSelectProject={onSelectProject}
        />
      ),
    },
    { id: "coverage", content: <PlannerCoverage planner={planner} nameOf={nameOf} exports={exports} /> },
    { id: "user-layers", content: <UserLayersPlannerSection distance={planner.distance} /> },
    { id: "delivery", content: <DeliveryCounts /> },
  ];
  return (
    <div className="planner-panel">
      {sections.map((section) => (
        <div key={section.id} className="planner-section" data-section={section.id}>
          {section.content}
        </div>
      ))}
    </div>
  );
}

// What the figures below count (issue 28): the projects the filters and the search show, of all, with
// one click to count them all. A search left in the box narrows the table; this line says so.
function PlannerScopeLine({ planner }: { planner: Planner }) {
  const { t } = useText();
  const { shown, total } = planner.scope;
  const all = shown >= total;
  return (
    <p className={all ? "planner-scope" : "planner-scope is-narrowed"} role="status">
      <span>{all ? t("plannerScopeAll", { total }) : t("plannerScope", { shown, total })}</span>
      {all ? null : (
        <button type="button" className="secondary-button" onClick={planner.countAll}>
          {t("plannerCountAll")}
        </button>
      )}
    </p>
  );
}

// Distance N and the catchments on the map. A refused N shows its reason and no numbers at all.
function PlannerQuestion({ planner }: { planner: Planner }) {
  const { language, t } = useText();
  const { distance } = planner;
  return (
    <>
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
      <fieldset className="planner-catchments" aria-describedby="planner-catchments-note">
        <legend>{t("plannerCatchments")}</legend>
        <div className="planner-catchment-options">
          {CATCHMENT_LAYERS.map((layer) => (
            <label key={layer} className="toggle-row">
              <input
                type="checkbox"
                checked={planner.catchmentLayers.includes(layer)}
                onChange={(event) => planner.toggleCatchment(layer, event.target.checked)}
              />
              {/* The swatch repeats the map's outline: its colour and its dash. */}
              <span
                className={`catchment-swatch catchment-swatch-${layer}`}
                aria-hidden="true"
                style={{ borderColor: STANDARD_THEME.catchments[layer] }}
              />
              <span className="toggle-label">{LAYER_NAMES[layer][language]}</span>
            </label>
          ))}
        </div>
        <p id="planner-catchments-note" className="hint">
          {t("catchmentsClipped")}
        </p>
      </fieldset>
    </>
  );
}

// The table, its notes and breakdown, and the two CSV exports.
function PlannerCoverage({
  planner,
  nameOf,
  exports,
}: {
  planner: Planner;
  nameOf: (id: string) => string;
  exports: PlannerExports;
}) {
  const { language, t } = useText();
  const { distance, coverage, computing } = planner;
  const table = coverage?.ok ? coverage.value : null;
  const slow = useDelayedFlag(computing, BUSY_SHOWS_AFTER_MILLISECONDS);
  return (
    <>
      {/* data-milliseconds: the last table's round trip to the worker, read by the browser test. */}
      <p className="planner-status" role="status" data-milliseconds={planner.milliseconds?.toFixed(0)}>
        {slow || (distance.ok && !coverage) ? t("plannerComputing") : ""}
      </p>
      {distance.ok && table ? (
        <>
          <PlannerCoverageTable table={table} computing={computing} nameOf={nameOf} />
          {/* Each file is of the table shown, named after its own N, so a click while a new table is on
              its way is no harm; the buttons grey out only for a slow one, like the table. */}
          <div className="planner-exports">
            <button type="button" className="secondary-button" onClick={exports.exportCsv} disabled={slow}>
              {t("exportCsv")}
            </button>
            <button type="button" className="secondary-button" onClick={exports.exportZones} disabled={slow}>
              {t("exportZonesCsv")}
            </button>
          </div>
          <PlannerZoneTable zones={table.zones} nameOf={nameOf} />
        </>
      ) : coverage && !coverage.ok && distance.ok ? (
        <div className="planner-error load-failure" role="alert">
          <p>{language === "zh" ? coverage.message_zh : coverage.message_en}</p>
          {coverage.reason === "worker-failed" ? (
            <button type="button" className="secondary-button" onClick={planner.retry}>
              {t("retry")}
            </button>
          ) : null}
        </div>
      ) : null}
    </>
  );
}
