// Problems the user should know about — ignored link parameters, skipped data, a missing basemap file,
// no WebGL — shown in the page, never only in the console.
import type { ReactNode } from "react";

export interface Notice {
  id: string;
  tone: "info" | "warning" | "error";
  message: ReactNode;
  action?: { label: string; run: () => void };
}

export function NoticeList({
  notices,
  dismissLabel,
  onDismiss,
}: {
  notices: readonly Notice[];
  dismissLabel: string;
  onDismiss: (id: string) => void;
}) {
  if (notices.length === 0) return null;
  return (
    <div className="notice-list" role="status">
      {notices.map((notice) => (
        <div key={notice.id} className={`notice notice-${notice.tone}`}>
          <div className="notice-message">{notice.message}</div>
          {notice.action ? (
            <button type="button" className="secondary-button" onClick={notice.action.run}>
              {notice.action.label}
            </button>
          ) : null}
          <button
            type="button"
            className="icon-button"
            aria-label={dismissLabel}
            onClick={() => onDismiss(notice.id)}
          >
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
