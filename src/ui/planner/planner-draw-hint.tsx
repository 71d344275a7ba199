// Shown over the map while the planner sketches: what to do, how many corners so far, and Finish and
// Cancel buttons — the way to end a sketch on a touch screen, where there is no double-click or Escape.
// The instructions can be folded away (issue 28): Finish and Cancel stay, as a touch screen needs them.
import { useState } from "react";
import type { PlannerTools } from "../../state/planner/planner-tool-state";
import { NoteHeading } from "../shell/note-heading";
import { useText } from "../shell/text-context";

export function PlannerDrawHint({ tools }: { tools: PlannerTools }) {
  const { t } = useText();
  const [folded, setFolded] = useState(false);
  if (!tools.tool) return null;
  return (
    <div className={folded ? "planner-draw-hint is-folded" : "planner-draw-hint"} role="status">
      {folded ? null : (
        <NoteHeading
          text={t(tools.tool === "distance" ? "drawHintPath" : "drawHintPolygon")}
          onDismiss={() => setFolded(true)}
        />
      )}
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
