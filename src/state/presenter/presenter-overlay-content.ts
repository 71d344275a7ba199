// The words the presentation's panels hold for a slide, in the interface language: what the overlay
// draws and what the layout model (presenter-layout.ts) measures, built in one place so they agree.
import { STATUS_NAMES } from "../../data/facets";
import { STATUSES, type Status } from "../../data/project-schema";
import type { TourSlide } from "../../data/tour-schema";
import type { Language } from "../../i18n/language";
import { translate } from "../../i18n/messages";
import type { OverlayContent } from "./presenter-layout";

export interface LegendContent {
  title: string;
  rows: string[];
}

/** The 2020 status legend: the statuses the slide shows, in the plan's order, then the highlight key. */
export function statusLegend(
  language: Language,
  shown: ReadonlySet<Status>,
  highlights: boolean,
): LegendContent {
  const rows = STATUSES.filter((status) => shown.has(status)).map((status) => STATUS_NAMES[status][language]);
  if (highlights) rows.push(translate(language, "presenterFocus"));
  return { title: translate(language, "status"), rows };
}

export function overlayContent(
  language: Language,
  slide: TourSlide | null,
  position: { index: number; count: number },
  legend: LegendContent,
  inset: boolean,
  autoplay = false,
): OverlayContent {
  const t = (key: Parameters<typeof translate>[1], values?: Record<string, string | number>) =>
    translate(language, key, values);
  return {
    counter:
      position.count > 0
        ? t("presenterCounter", { current: position.index + 1, total: position.count })
        : t("presenterNoSlides"),
    title: slide ? (language === "zh" ? slide.title_zh : slide.title_en) : "",
    caption: slide ? (language === "zh" ? slide.caption_zh : slide.caption_en) : "",
    legendTitle: legend.title,
    legendRows: legend.rows,
    controls: [
      "←",
      "→",
      t(autoplay ? "presenterPause" : "presenterAutoplay"),
      t("presenterExport"),
      t("tourEdit"),
      t("presenterExit"),
    ],
    keys: t("presenterKeys"),
    insetNote: inset ? t("presenterInsetCaption") : null,
  };
}
