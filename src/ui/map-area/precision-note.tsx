// How far the drawing can be trusted, in words that fit the feature: why its precision is what it is
// (a built course drawn through towns, an alignment or boundary not public, a site placed in its
// district) and how far off it can be, from the precision table.
import type { ProjectProperties } from "../../data/project-schema";
import { precisionWords } from "../../i18n/precision-words";
import { useText } from "../shell/text-context";

export function PrecisionNote({ project }: { project: ProjectProperties }) {
  const { language } = useText();
  const words = precisionWords(project, language);
  const gap = language === "zh" ? "" : " ";
  return (
    <p className="hint precision-note">
      {words.basis ? `${words.basis}${gap}` : ""}
      {words.offBy}
    </p>
  );
}
