// Says that the current filters hide what the reader is looking at (an open project, a plan clause's
// projects), which filters those are, and offers one button that lifts just them (issue 28).
import { type HidingFilter, revealChange } from "../../filters/hidden-by";
import type { ProjectFilters } from "../../filters/project-filters";
import { useText } from "../shell/text-context";
import { hidingReasons, revealWords } from "./filter-words";
import "./nothing-hidden.css";

interface HiddenNoticeProps {
  // The hidden projects' names in the reader's language; one for an open project.
  names: readonly string[];
  hiding: readonly HidingFilter[];
  filters: ProjectFilters;
  // "clause": the projects a plan clause names; otherwise one open project.
  of?: "project" | "clause";
  onFilters: (change: Partial<ProjectFilters>) => void;
}

export function HiddenNotice({ names, hiding, filters, of = "project", onFilters }: HiddenNoticeProps) {
  const { language, t } = useText();
  if (names.length === 0 || hiding.length === 0) return null;
  const reasons = hidingReasons(hiding, filters, language, t);
  const quoted = names.map((name) => (language === "zh" ? `“${name}”` : name));
  const message =
    of === "clause"
      ? t("hiddenClause", { names: quoted.join(language === "zh" ? "、" : ", "), reasons })
      : t("hiddenProject", { name: names[0] ?? "", reasons });
  const changes = revealWords(hiding, language, t);
  return (
    <div className="hidden-notice" role="status">
      <p>{message}</p>
      <button
        type="button"
        className="secondary-button"
        onClick={() => onFilters(revealChange(filters, hiding))}
      >
        {t(names.length > 1 ? "showHiddenMany" : "showHidden", { changes })}
      </button>
    </div>
  );
}
