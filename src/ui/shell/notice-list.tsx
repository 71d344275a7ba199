// Problems the user should know about — ignored link parameters, skipped data, a missing basemap file,
// no WebGL — shown in the page, never only in the console. Notices arrive as data (state/app/notice.ts).
import type { MessageKey, Translate } from "../../i18n/messages";
import type { Notice } from "../../state/app/notice";
import { useText } from "./text-context";

export function NoticeList({
  notices,
  onDismiss,
}: {
  notices: readonly Notice[];
  onDismiss: (id: string) => void;
}) {
  const { t } = useText();
  if (notices.length === 0) return null;
  return (
    <div className="notice-list" role="status">
      {notices.map((notice) => (
        <div key={notice.id} className={`notice notice-${notice.tone}`}>
          <div className="notice-message">
            {t(notice.message, { ...notice.values, ...translated(notice.valueKeys, t) })}
            {notice.details ? <NoticeDetails details={notice.details} /> : null}
          </div>
          {notice.action ? (
            <button type="button" className="secondary-button" onClick={notice.action.run}>
              {t(notice.action.label)}
            </button>
          ) : null}
          <button
            type="button"
            className="icon-button"
            aria-label={t("dismiss")}
            onClick={() => onDismiss(notice.id)}
          >
            ×
          </button>
        </div>
      ))}
    </div>
  );
}

function translated(keys: Notice["valueKeys"], t: Translate): Record<string, string> {
  return Object.fromEntries(Object.entries(keys ?? {}).map(([name, key]) => [name, t(key as MessageKey)]));
}

// A few lines show at once; a longer (already capped) list folds behind a summary, so one notice never
// pushes the map off the screen.
const OPEN_LINES = 3;

function NoticeDetails({ details }: { details: NonNullable<Notice["details"]> }) {
  const { t } = useText();
  const list = (
    <ul>
      {details.lines.map((line, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: lines may repeat; their order is fixed
        <li key={index}>{line}</li>
      ))}
      {details.more > 0 ? <li>{t("moreDetails", { count: details.more })}</li> : null}
    </ul>
  );
  if (details.lines.length <= OPEN_LINES && details.more === 0) return list;
  return (
    <details className="notice-details">
      <summary>{t("showDetails", { count: details.lines.length + details.more })}</summary>
      {list}
    </details>
  );
}
