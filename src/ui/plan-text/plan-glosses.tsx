// In English, each mapped clause of a paragraph with the English the map data gives for it
// (source_quote_en), under the Chinese. Only these clauses are translated: the plan itself is Chinese.
import type { ProjectProperties } from "../../data/project-schema";
import type { PlanMark } from "../../plan-text/plan-index";
import { useText } from "../shell/text-context";

interface PlanGlossesProps {
  marks: readonly Extract<PlanMark, { kind: "mapped" }>[];
  projects: ReadonlyMap<string, ProjectProperties>;
}

export function PlanGlosses({ marks, projects }: PlanGlossesProps) {
  const { t } = useText();
  const glosses = new Map<string, string>();
  for (const mark of marks) {
    const english = mark.projectIds.map((id) => projects.get(id)?.source_quote_en).find(Boolean);
    if (english && !glosses.has(mark.quote)) glosses.set(mark.quote, english);
  }
  if (glosses.size === 0) return null;
  return (
    <ul className="plan-glosses" lang="en" aria-label={t("planTranslation")}>
      {[...glosses].map(([quote, english]) => (
        <li key={quote}>
          <span lang="zh-CN" className="plan-gloss-quote">
            {quote}
          </span>
          <span>{english}</span>
        </li>
      ))}
    </ul>
  );
}
