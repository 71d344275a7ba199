// What the room sees while presenting: the slide counter, the caption panel with the plan's words, a
// large legend, the locator inset and a few controls. Sizes are in vh so they read the same on any
// projector (presenter-overlay.css); their measured boxes decide the map's padding (presenter-measure.ts).
// While the tour editor is open the panels make way: the editor docks beside the map and a dashed outline
// shows what the slide being made will show.
import { useEffect, useRef } from "react";
import type { IndexedFeature } from "../../filters/indexed-properties";
import type { ProjectFilters } from "../../filters/project-filters";
import type { Camera } from "../../geo/camera";
import { captionTypeVh } from "../../state/presenter/presenter-layout";
import type { Presenter } from "../../state/presenter/use-presenter";
import { PresenterEditingFrame, useEditingFrame } from "./presenter-editing-frame";
import { PresenterInset } from "./presenter-inset";
import { PresenterLegend } from "./presenter-legend";
import { usePanelBoxes } from "./presenter-measure";
import { useSlideSettled } from "./presenter-settled";
import { PresenterTourEditor } from "./presenter-tour-editor";
import { useScreenSize } from "./use-screen-size";
import "./presenter-overlay.css";
import { useText } from "../shell/text-context";

interface PresenterOverlayProps {
  presenter: Presenter;
  visible: readonly IndexedFeature[];
  all: readonly IndexedFeature[];
  filters: ProjectFilters;
  camera: Camera | null;
}

export function PresenterOverlay({ presenter, visible, all, filters, camera }: PresenterOverlayProps) {
  const { language, t } = useText();
  const region = useRef<HTMLElement>(null);
  // Focus moves into the presentation, so a screen reader announces it and the hidden header keeps none.
  useEffect(() => region.current?.focus(), []);
  const { slide, index, count, inset, editing } = presenter;
  const editingFrame = useEditingFrame(presenter, language, editing);
  usePanelBoxes(
    region,
    presenter.setBoxes,
    `${slide?.id}-${language}-${Boolean(inset)}-${visible.length}-${editing}-${JSON.stringify(editingFrame.outline)}`,
  );
  const settled = useSlideSettled(presenter.requestKey, slide?.id ?? "");
  const screen = useScreenSize();
  const caption = slide ? (language === "zh" ? slide.caption_zh : slide.caption_en) : "";
  const ids = visible.map((feature) => feature.properties.id).join(",");
  return (
    <section
      ref={region}
      className={`presenter${editing ? " is-editing" : ""}`}
      aria-label={t("present")}
      tabIndex={-1}
      data-tour={presenter.tourChoice}
      data-slide-id={slide?.id ?? ""}
      data-slide-number={index + 1}
      data-settled={settled}
      data-shown-count={visible.length}
      data-shown-ids={ids}
    >
      {editing ? null : (
        <p className="presenter-counter" aria-live="polite">
          {count > 0 ? t("presenterCounter", { current: index + 1, total: count }) : t("presenterNoSlides")}
        </p>
      )}
      {editing ? null : slide ? (
        <section className="presenter-caption" aria-labelledby="presenter-title" aria-live="polite">
          <h2 id="presenter-title">{language === "zh" ? slide.title_zh : slide.title_en}</h2>
          <p style={{ fontSize: `${captionTypeVh(screen.width, screen.height, caption)}vh` }}>{caption}</p>
        </section>
      ) : (
        <section className="presenter-caption" aria-labelledby="presenter-title">
          <h2 id="presenter-title">{t("presenterEmptyTour")}</h2>
          <p>{t("presenterEmptyTourHint")}</p>
        </section>
      )}
      {inset && !editing ? <PresenterInset drawing={inset} /> : null}
      {editing ? null : <PresenterLegend visible={visible} highlights={Boolean(slide?.highlight.length)} />}
      {editing ? null : <PresenterControls presenter={presenter} />}
      {editing ? <PresenterEditingFrame outline={editingFrame.outline} /> : null}
      {editing ? (
        <PresenterTourEditor
          presenter={presenter}
          filters={filters}
          camera={camera}
          visible={visible}
          all={all}
          outline={editingFrame.outline}
          editorRef={editingFrame.editorRef}
        />
      ) : null}
    </section>
  );
}

function PresenterControls({ presenter }: { presenter: Presenter }) {
  const { t } = useText();
  const { index, count, editing } = presenter;
  return (
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
        disabled={count < 2}
      >
        {presenter.autoplay ? t("presenterPause") : t("presenterAutoplay")}
      </button>
      <button type="button" onClick={() => presenter.exportImage()} disabled={count === 0}>
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
  );
}
