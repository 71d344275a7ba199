// Measure a path or an area, or select the projects in an area (drawn, or a county from the list), and
// show the result: km, km², or the projects with each line's km inside. A refused outline shows its
// reason instead of any number.

import { COUNTY_NAMES, LAYER_NAMES } from "../../data/facets";
import { COUNTY_CODES } from "../../data/project-schema";
import { formatKilometres } from "../../state/planner/planner-format";
import type { PlannerTool, PlannerTools as Tools } from "../../state/planner/planner-tool-state";
import { useText } from "../shell/text-context";

interface PlannerToolsProps {
  tools: Tools;
  onExport: (clipped: boolean) => void;
  onSelectProject: (id: string) => void;
}

const TOOL_LABELS = { distance: "measureDistance", area: "measureArea", select: "selectByDrawing" } as const;

export function PlannerTools({ tools, onExport, onSelectProject }: PlannerToolsProps) {
  const { language, t } = useText();
  const result = tools.result;
  const county = result?.kind === "select" && "adcode" in result.area ? result.area.adcode : "";
  const message = result && !result.value.ok ? result.value : null;
  const selected = result?.kind === "select" && result.value.ok ? result.value.value.projects : [];
  return (
    <section className="planner-tools" aria-labelledby="planner-tools-heading">
      <h3 id="planner-tools-heading">{t("toolsHeading")}</h3>
      <div className="planner-tool-buttons">
        {(Object.keys(TOOL_LABELS) as PlannerTool[]).map((tool) => (
          <button
            key={tool}
            type="button"
            className="chip"
            aria-pressed={tools.tool === tool}
            onClick={() => (tools.tool === tool ? tools.cancel() : tools.start(tool))}
          >
            {t(TOOL_LABELS[tool])}
          </button>
        ))}
      </div>
      <label className="planner-field" htmlFor="planner-county">
        {t("selectByCounty")}
        <select
          id="planner-county"
          value={county}
          onChange={(event) => tools.selectCounty(event.target.value)}
        >
          <option value="">{t("chooseCounty")}</option>
          {COUNTY_CODES.map((code) => (
            <option key={code} value={code}>
              {COUNTY_NAMES[code][language]}
            </option>
          ))}
        </select>
      </label>
      <div className="planner-result" aria-live="polite">
        {tools.measureFailure ? (
          <div className="planner-error load-failure" role="alert">
            <p>{language === "zh" ? tools.measureFailure.message_zh : tools.measureFailure.message_en}</p>
            <button type="button" className="secondary-button" onClick={tools.retryMeasure}>
              {t("retry")}
            </button>
          </div>
        ) : message ? (
          <p className="planner-error">{language === "zh" ? message.message_zh : message.message_en}</p>
        ) : tools.tool && tools.label ? (
          // The running figure while sketching, as labelled on the map.
          <p className="planner-figure planner-running">{tools.label}</p>
        ) : result?.kind === "distance" && result.value.ok ? (
          <p className="planner-figure">
            {t("resultDistance", { value: formatKilometres(language, result.value.value) })}
          </p>
        ) : result?.kind === "area" && result.value.ok ? (
          <p className="planner-figure">
            {t("resultArea", { value: formatKilometres(language, result.value.value) })}
          </p>
        ) : result?.kind === "select" && result.value.ok ? (
          <>
            <p className="planner-figure">
              {t("selectionHeading", {
                count: selected.length,
                area: county
                  ? COUNTY_NAMES[county as keyof typeof COUNTY_NAMES][language]
                  : t("selectionDrawnArea"),
              })}
            </p>
            {selected.length === 0 ? (
              <p className="hint">{t("selectionEmpty")}</p>
            ) : (
              // biome-ignore lint/a11y/noRedundantRoles: Safari drops the list role from unstyled lists
              <ul role="list" className="selection-list">
                {selected.map(({ project, lengthInsideKilometres, areaInsideSquareKilometres }) => (
                  <li key={project.properties.id} data-project-id-selected={project.properties.id}>
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => onSelectProject(project.properties.id)}
                    >
                      {language === "zh" ? project.properties.name_zh : project.properties.name_en}
                    </button>
                    <span className="project-meta">
                      {LAYER_NAMES[project.properties.layer][language]}
                      {lengthInsideKilometres === null
                        ? ""
                        : ` · ${t("selectionLengthInside", { value: formatKilometres(language, lengthInsideKilometres) })}`}
                      {areaInsideSquareKilometres === null || areaInsideSquareKilometres === undefined
                        ? ""
                        : ` · ${t("selectionAreaInside", { value: formatKilometres(language, areaInsideSquareKilometres) })}`}
                    </span>
                  </li>
                ))}
              </ul>
            )}
            <div className="planner-exports">
              <button type="button" className="secondary-button" onClick={() => onExport(false)}>
                {t("exportGeojson")}
              </button>
              <button type="button" className="secondary-button" onClick={() => onExport(true)}>
                {t("exportGeojsonClipped")}
              </button>
            </div>
          </>
        ) : null}
        {result ? (
          <button type="button" className="secondary-button" onClick={tools.clear}>
            {t("clearResult")}
          </button>
        ) : null}
      </div>
    </section>
  );
}
