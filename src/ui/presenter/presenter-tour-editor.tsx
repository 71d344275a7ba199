// The tour editor, opened from the presentation's controls: which tour plays (the plan's or this
// browser's own), the own tour's slides to reorder, delete or jump to, the form that adds the current
// view, and the file actions (download tour.json, load one, reset to the plan's tour).
import { useRef } from "react";
import { downloadText } from "../../browser/download-file";
import { TOUR_FILE_NAME, type Tour } from "../../data/tour-schema";
import type { IndexedFeature } from "../../filters/indexed-properties";
import type { ProjectFilters } from "../../filters/project-filters";
import type { Camera } from "../../geo/camera";
import { addSlide, moveSlide, removeSlide } from "../../state/presenter/presenter-tour-edits";
import type { Presenter } from "../../state/presenter/use-presenter";
import { useText } from "../shell/text-context";
import { PresenterSlideForm } from "./presenter-slide-form";

interface TourEditorProps {
  presenter: Presenter;
  filters: ProjectFilters;
  camera: Camera | null;
  visible: readonly IndexedFeature[];
}

export function PresenterTourEditor({ presenter, filters, camera, visible }: TourEditorProps) {
  const { t, language } = useText();
  const file = useRef<HTMLInputElement>(null);
  const { own, ownTour, tourChoice } = presenter;
  // Every edit plays the own tour, so the presenter sees what they made.
  const edit = (next: Tour, show?: number) => {
    own.change(next);
    presenter.chooseTour("mine");
    if (show !== undefined) presenter.show(show);
  };
  const current = tourChoice === "mine" ? presenter.index : -1;

  return (
    <section className="presenter-editor" aria-labelledby="presenter-editor-title">
      <header>
        <h2 id="presenter-editor-title">{t("tourEditor")}</h2>
        <button type="button" onClick={() => presenter.setEditing(false)}>
          {t("tourEditorClose")}
        </button>
      </header>
      <fieldset className="presenter-tour-choice">
        <legend>{t("tourChoice")}</legend>
        {(["plan", "mine"] as const).map((choice) => (
          <label key={choice}>
            <input
              type="radio"
              name="tour-choice"
              checked={tourChoice === choice}
              onChange={() => presenter.chooseTour(choice)}
            />
            {t(choice === "plan" ? "tourPlan" : "tourMine")}
          </label>
        ))}
      </fieldset>
      <ol className="presenter-slide-list" aria-label={t("tourMine")}>
        {ownTour.slides.map((slide, index) => (
          <li key={slide.id} aria-current={index === current ? "step" : undefined}>
            <button type="button" className="presenter-slide-go" onClick={() => edit(ownTour, index)}>
              {index + 1}. {language === "zh" ? slide.title_zh : slide.title_en}
            </button>
            <button
              type="button"
              aria-label={t("tourMoveUp", { number: index + 1 })}
              disabled={index === 0}
              onClick={() => edit(moveSlide(ownTour, index, -1))}
            >
              ↑
            </button>
            <button
              type="button"
              aria-label={t("tourMoveDown", { number: index + 1 })}
              disabled={index === ownTour.slides.length - 1}
              onClick={() => edit(moveSlide(ownTour, index, 1))}
            >
              ↓
            </button>
            <button
              type="button"
              aria-label={t("tourDelete", { number: index + 1 })}
              disabled={ownTour.slides.length === 1}
              onClick={() => edit(removeSlide(ownTour, index))}
            >
              ✕
            </button>
          </li>
        ))}
      </ol>
      <PresenterSlideForm
        tour={ownTour}
        filters={filters}
        camera={camera}
        visible={visible}
        projects={presenter.properties ?? []}
        onAdd={(slide) => edit(addSlide(ownTour, slide), ownTour.slides.length)}
      />
      <div className="presenter-file-actions">
        <button
          type="button"
          onClick={() =>
            downloadText(TOUR_FILE_NAME, `${JSON.stringify(ownTour, null, 2)}\n`, "application/json")
          }
        >
          {t("tourDownload")}
        </button>
        <button type="button" onClick={() => file.current?.click()}>
          {t("tourLoad")}
        </button>
        <input
          ref={file}
          type="file"
          accept=".json,application/json"
          hidden
          aria-label={t("tourLoad")}
          onChange={async (event) => {
            const chosen = event.target.files?.[0];
            event.target.value = "";
            if (chosen && (await own.loadFile(chosen))) {
              presenter.chooseTour("mine");
              presenter.show(0);
            }
          }}
        />
        <button
          type="button"
          onClick={() => {
            own.clear();
            presenter.chooseTour("plan");
          }}
        >
          {t("tourReset")}
        </button>
      </div>
      <p className="presenter-saved">{t("tourKept")}</p>
      {own.problems.length > 0 ? (
        <div role="alert" className="presenter-problems">
          <p>{t("tourFileProblems", { count: own.problems.length })}</p>
          <ul>
            {own.problems.slice(0, 50).map((line, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: two slides may have the same problem
              <li key={index}>{line}</li>
            ))}
          </ul>
          {own.problems.length > 50 ? (
            <p>{t("tourMoreProblems", { count: own.problems.length - 50 })}</p>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
