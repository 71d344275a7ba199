// Shown over the map while the planner sketches: what to do, how many corners so far, and Finish and
// Cancel buttons — the way to end a sketch on a touch screen, where there is no double-click or Escape.
import type { PlannerTools } from "../../state/planner/planner-tool-state";
import { useText } from "../shell/text-context";

export function PlannerDrawHint({ tools }: { tools: PlannerTools }) {
  const { t } = useText();
  if (!tools.tool) return null;
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
