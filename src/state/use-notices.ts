// Gathers everything the page must tell the user about bad input into one list of notices.
import { createElement, useMemo, useState } from "react";
import { formatProblem } from "../data/problem";
import type { AppData } from "../data/use-app-data";
import type { Language } from "../i18n/language";
import { translate } from "../i18n/messages";
import type { Notice } from "../ui/notice-list";
import type { UrlNotice } from "./url-state";
import type { BasemapChoice } from "./use-basemap-choice";

interface NoticeInputs {
  language: Language;
  data: AppData;
  urlNotices: readonly UrlNotice[];
  mapError: string | null;
  webGl: boolean;
  basemap: Pick<BasemapChoice, "failure" | "configProblems" | "clearFailure">;
}

export function useNotices({ language, data, urlNotices, mapError, webGl, basemap }: NoticeInputs) {
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());
  const notices = useMemo(() => {
    const t = (key: Parameters<typeof translate>[1], values?: Record<string, string | number>) =>
      translate(language, key, values);
    const list: Notice[] = [];
    if (!webGl) list.push({ id: "webgl", tone: "warning", message: t("noWebGl") });
    if (mapError)
      list.push({ id: `map-${mapError}`, tone: "error", message: t("mapError", { message: mapError }) });
    for (const failure of data.projects?.failures ?? []) {
      list.push({
        id: `failed-${failure.file}`,
        tone: "error",
        message: `${failure.file}: ${t("dataFailed", { detail: failure.detail })}`,
        action: { label: t("retry"), run: data.retry },
      });
    }
    const problems = data.projects?.problems ?? [];
    if (problems.length > 0) {
      list.push({
        id: "data-problems",
        tone: "warning",
        message: createElement(
          "div",
          null,
          t("dataProblems", { count: problems.length }),
          createElement(
            "ul",
            null,
            ...problems.slice(0, 10).map((problem) => createElement("li", null, formatProblem(problem))),
          ),
        ),
      });
    }
    for (const problem of data.basemap?.problems ?? []) {
      list.push({
        id: `basemap-${problem.file}`,
        tone: "warning",
        message: t("basemapProblem", { file: problem.file, message: problem.message }),
      });
    }
    if (basemap.failure) {
      list.push({
        id: `basemap-failed-${basemap.failure.name}-${basemap.failure.detail}`,
        tone: "warning",
        message: t("basemapFailed", basemap.failure),
      });
    }
    for (const problem of basemap.configProblems)
      list.push({ id: problem, tone: "warning", message: problem });
    for (const notice of urlNotices) {
      const suffix =
        notice.reason === "unknown-parameter"
          ? t("unknownParameter")
          : t("expected", { expected: notice.expected ?? "" });
      list.push({
        id: `url-${notice.parameter}-${notice.value}`,
        tone: "info",
        message: t("ignoredParameter", { parameter: notice.parameter, value: notice.value }) + suffix,
      });
    }
    return list.filter((notice) => !dismissed.has(notice.id));
  }, [language, data, urlNotices, mapError, webGl, dismissed, basemap.failure, basemap.configProblems]);
  const dismiss = (id: string) => setDismissed((previous) => new Set([...previous, id]));
  return { notices, dismiss };
}
