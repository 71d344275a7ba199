// What the room sees while presenting: the slide counter, the caption panel with the plan's words, a
// large legend, the locator inset and a few controls. Sizes are in vh so they read the same on any
// projector (presenter-overlay.css); their measured boxes decide the map's padding (presenter-measure.ts).
import { useEffect, useRef } from "react";
import { STATUS_NAMES } from "../../data/facets";
import { STATUSES } from "../../data/project-schema";
import type { IndexedFeature } from "../../filters/indexed-properties";
import type { ProjectFilters } from "../../filters/project-filters";
import type { Camera } from "../../geo/camera";
import type { Presenter } from "../../state/presenter/use-presenter";
import { StatusSwatch } from "../map-area/legend-swatch";
import { PresenterInset } from "./presenter-inset";
import { usePanelBoxes } from "./presenter-measure";
import { PresenterTourEditor } from "./presenter-tour-editor";
import "./presenter-overlay.css";
import { useText } from "../shell/text-context";

interface PresenterOverlayProps {
  presenter: Presenter;
  visible: readonly IndexedFeature[];
  filters: ProjectFilters;
  camera: Camera | null;
}

export function PresenterOverlay({ presenter, visible, filters, camera }: PresenterOverlayProps) {
  const { language, t } = useText();
  const region = useRef<HTMLElement>(null);
  // Focus moves into the presentation, so a screen reader announces it and the hidden header keeps none.
  useEffect(() => region.current?.focus(), []);
  const { slide, index, count, inset, editing } = presenter;
  usePanelBoxes(region, presenter.setBoxes, `${slide?.id}-${language}-${Boolean(inset)}-${visible.length}`);
  const shown = new Set(visible.map((feature) => feature.properties.status));
  const ids = visible.map((feature) => feature.properties.id).join(",");
  return (
    <section
      ref={region}
      className="presenter"
      aria-label={t("present")}
      tabIndex={-1}
      data-slide-id={slide?.id ?? ""}
      data-slide-number={index + 1}
      data-shown-count={visible.length}
      data-shown-ids={ids}
    >
      <p className="presenter-counter" aria-live="polite">
        {count > 0 ? t("presenterCounter", { current: index + 1, total: count }) : t("presenterNoSlides")}
      </p>
      {slide ? (
        <section className="presenter-caption" aria-labelledby="presenter-title" aria-live="polite">
          <h2 id="presenter-title">{language === "zh" ? slide.title_zh : slide.title_en}</h2>
          <p>{language === "zh" ? slide.caption_zh : slide.caption_en}</p>
        </section>
      ) : null}
      {inset && !editing ? <PresenterInset drawing={inset} /> : null}
      <aside className="presenter-legend" aria-label={t("presenterLegend")}>
        <h3>{t("status")}</h3>
        <ul>
          {STATUSES.filter((status) => shown.has(status)).map((status) => (
            <li key={status}>
              <StatusSwatch status={status} />
              {STATUS_NAMES[status][language]}
            </li>
          ))}
          {slide && slide.highlight.length > 0 ? (
            <li className="presenter-focus">{t("presenterFocus")}</li>
          ) : null}
        </ul>
      </aside>
      <nav className="presenter-controls" aria-label={t("presenterControls")}>
        <button
          type="button"
          onClick={() => presenter.step(-1)}
          disabled={index <= 0}
          aria-keyshortcuts="PageUp ArrowLeft"
        >
          <span aria-hidden="true">←</span>
          <span className="visually-hidden">{t("presenterPrevious")}</span>
        </button>
        <button
          type="button"
          onClick={() => presenter.step(1)}
          disabled={index >= count - 1}
          aria-keyshortcuts="PageDown ArrowRight Space"
        >
          <span aria-hidden="true">→</span>
          <span className="visually-hidden">{t("presenterNext")}</span>
        </button>
        <button
          type="button"
          onClick={presenter.toggleAutoplay}
          aria-pressed={presenter.autoplay}
          aria-keyshortcuts="A"
        >
          {presenter.autoplay ? t("presenterPause") : t("presenterAutoplay")}
        </button>
        <button type="button" onClick={() => presenter.exportImage()}>
          {t("presenterExport")}
        </button>
        <button type="button" aria-expanded={editing} onClick={() => presenter.setEditing(!editing)}>
          {t("tourEdit")}
        </button>
        <button type="button" onClick={presenter.leave} aria-keyshortcuts="Escape">
          {t("presenterExit")}
        </button>
        <span className="presenter-keys" aria-hidden="true">
          {t("presenterKeys")}
        </span>
      </nav>
      {editing ? (
        <PresenterTourEditor presenter={presenter} filters={filters} camera={camera} visible={visible} />
      ) : null}
    </section>
  );
}
