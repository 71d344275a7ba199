// The plan's headings as a contents list: the four battles and their sub-headings, each a link that
// scrolls the text to its heading and moves focus there. Folded on a phone, where the text is the point.
import type { PlanBlock } from "../../data/plan-schema";
import { useText } from "../shell/text-context";

interface PlanContentsProps {
  headings: readonly PlanBlock[];
  open: boolean;
  onGo: (blockId: string) => void;
}

export function PlanContents({ headings, open, onGo }: PlanContentsProps) {
  const { t } = useText();
  return (
    <details className="plan-contents" open={open}>
      <summary>{t("planContents")}</summary>
      <nav aria-label={t("planContents")}>
        <ol lang="zh-CN">
          {headings.map((heading) => (
            <li key={heading.id} className={`plan-contents-level-${heading.level}`}>
              <a
                href={`#plan-${heading.id}`}
                onClick={(event) => {
                  event.preventDefault();
                  onGo(heading.id);
                }}
              >
                {heading.text.replace(/。$/, "")}
              </a>
            </li>
          ))}
        </ol>
      </nav>
    </details>
  );
}
