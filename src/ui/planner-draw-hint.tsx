// Shown over the map while the planner sketches: what to do, how many corners so far, and Finish and
// Cancel buttons — the way to end a sketch on a touch screen, where there is no double-click or Escape.
import type { Language } from "../i18n/language";
import { translate } from "../i18n/messages";
import type { PlannerTools } from "../state/planner-tools";

export function PlannerDrawHint({ language, tools }: { language: Language; tools: PlannerTools }) {
  if (!tools.tool) return null;
  const t = (key: Parameters<typeof translate>[1], values?: Record<string, number>) =>
    translate(language, key, values);
  return (
    <div className="planner-draw-hint" role="status">
      <p>{t(tools.tool === "distance" ? "drawHintPath" : "drawHintPolygon")}</p>
      <p className="planner-draw-count">{t("drawCorners", { count: tools.cornerCount })}</p>
      <div className="planner-draw-actions">
        <button type="button" className="secondary-button" onClick={tools.finish}>
          {t("finishDrawing")}
        </button>
        <button type="button" className="secondary-button" onClick={tools.cancel}>
          {t("cancelDrawing")}
        </button>
      </div>
    </div>
  );
}
