// An item the plan names but the map does not draw: boxed in a quieter style, its reason shown while it
// is pointed at or focused (a tooltip the button describes itself by), and hidden again with Escape.
import { type ReactNode, useId, useState } from "react";
import type { NotMappedEntry } from "../../data/not-mapped-schema";
import { LANGUAGE_TAGS } from "../../i18n/language";
import { useText } from "../shell/text-context";

export function PlanUnmapped({ entry, children }: { entry: NotMappedEntry; children: ReactNode }) {
  const { language, t } = useText();
  const tip = useId();
  const [dismissed, setDismissed] = useState(false);
  const reason = language === "zh" ? entry.reason_zh : entry.reason_en;
  return (
    <span className={`plan-unmapped${dismissed ? " is-dismissed" : ""}`}>
      <button
        type="button"
        className="plan-unmapped-words"
        aria-describedby={tip}
        data-entry-id={entry.id}
        onKeyDown={(event) => {
          if (event.key === "Escape" && !dismissed) {
            event.stopPropagation();
            setDismissed(true);
          }
        }}
        onBlur={() => setDismissed(false)}
        onMouseLeave={() => setDismissed(false)}
      >
        {children}
      </button>
      <span role="tooltip" id={tip} className="plan-tip" lang={LANGUAGE_TAGS[language]}>
        {t("planNotMapped", { reason })}
      </span>
    </span>
  );
}
