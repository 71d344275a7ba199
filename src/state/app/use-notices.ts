// Gathers everything the page must tell the user about bad input into one list of notices (as data;
// ui/shell/notice-list.tsx renders them), and owns their dismissal.
import { useCallback, useMemo, useState } from "react";
import type { Language } from "../../i18n/language";
import { translate } from "../../i18n/messages";
import type { BasemapChoice } from "../map-area/use-basemap-choice";
import { dataNotices } from "./data-notices";
import { cappedDetails, echo, failureNotice, type Notice, withoutSecrets } from "./notice";
import type { UrlNotice } from "./url-state";
import type { AppData } from "./use-app-data";

interface NoticeInputs {
  language: Language;
  data: AppData;
  urlNotices: readonly UrlNotice[];
  mapError: string | null;
  webGl: boolean;
  basemap: Pick<BasemapChoice, "failure" | "configProblems" | "configFailure" | "clearFailure" | "retry">;
  // Notices from other parts (the presenter's tour, the export), already data.
  more: readonly Notice[];
}

// The map's own codes for errors the app words itself; anything else is MapLibre's message.
const MAP_ERROR_KEYS = { "webgl-context-lost": "contextLost" } as const;

export function useNotices({ language, data, urlNotices, mapError, webGl, basemap, more }: NoticeInputs) {
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());
  const notices = useMemo(() => {
    const list: Notice[] = [];
    if (!webGl) list.push({ id: "webgl", tone: "warning", message: "noWebGl" });
    if (mapError) {
      const key = MAP_ERROR_KEYS[mapError as keyof typeof MAP_ERROR_KEYS];
      list.push(
        key
          ? { id: `map-${mapError}`, tone: "error", message: key }
          : { id: `map-${mapError}`, tone: "error", message: "mapError", values: { message: mapError } },
      );
    }
    for (const failure of data.projects?.failures ?? []) {
      list.push({
        id: `failed-${failure.file}`,
        tone: "error",
        message: "dataFailedFile",
        values: { file: failure.file, detail: failure.detail },
        action: { label: "retry", run: data.retry },
      });
    }
    list.push(...dataNotices(data.projects));
    for (const problem of data.basemap?.problems ?? []) {
      list.push({
        id: `basemap-${problem.file}`,
        tone: "warning",
        message: "basemapProblem",
        values: { file: problem.file, message: problem.message },
      });
    }
    if (basemap.failure) {
      list.push({
        // Each failure has its own id, so one dismissed earlier still shows when it happens again.
        id: `basemap-failed-${basemap.failure.count}`,
        tone: "warning",
        message: basemap.failure.archive ? "detailedBasemapFailed" : "basemapFailed",
        values: {
          name: language === "zh" ? basemap.failure.name_zh : basemap.failure.name_en,
          detail: basemap.failure.details?.[language] ?? basemap.failure.detail,
        },
        action: { label: "retry", run: basemap.retry },
      });
    }
    for (const problem of basemap.configProblems)
      list.push({ id: problem, tone: "warning", message: "plain", values: { text: problem } });
    const config = basemap.configFailure;
    if (config)
      list.push(failureNotice("basemap-config", "partBasemapSettings", config.detail, config.retry));
    if (urlNotices.length > 0) {
      // One notice however many parameters a link has: each is echoed quoted and cut short.
      const lines = urlNotices.map((notice) => {
        const reason =
          notice.reason === "unknown-parameter"
            ? translate(language, "unknownParameter")
            : translate(language, "expected", { expected: notice.expected ?? "" });
        return `${echo(`${notice.parameter}=${notice.value}`)}${reason}`;
      });
      list.push({
        id: `url-${urlNotices.length}-${lines[0]}`,
        tone: "info",
        message: "ignoredParameters",
        values: { count: urlNotices.length },
        details: cappedDetails(lines),
      });
    }
    list.push(...more);
    return list.filter((notice) => !dismissed.has(notice.id)).map(withoutSecrets);
  }, [
    language,
    data,
    urlNotices,
    mapError,
    webGl,
    dismissed,
    basemap.failure,
    basemap.configProblems,
    basemap.configFailure,
    basemap.retry,
    more,
  ]);
  const dismiss = useCallback((id: string) => setDismissed((previous) => new Set([...previous, id])), []);
  return { notices, dismiss };
}
