// The tour editor, docked beside the map while a presenter builds a tour: which tour plays (the plan's or
// this browser's own), a tour of one's own started empty or copied from the plan's, its name, its slides
// (go, move, delete, change what each shows), what the view being framed shows, the form that adds it,
// and the files (download the tour, load one, delete one's own).
import { type RefObject, useState } from "react";
import { downloadText } from "../../browser/download-file";
import type { SlideView, Tour } from "../../data/tour-schema";
import { facetCounts } from "../../filters/facet-counts";
import type { IndexedFeature } from "../../filters/indexed-properties";
import type { ProjectFilters } from "../../filters/project-filters";
import type { Camera } from "../../geo/camera";
import { groundOf } from "../../geo/web-mercator";
import type { OverlayBox } from "../../state/map-area/map-padding";
import { tourFileName, tourFileText } from "../../state/presenter/presenter-files";
import {
  addSlide,
  frameCamera,
  renameTour,
  slideFromView,
  startTour,
  tourFilters,
} from "../../state/presenter/presenter-tour-edits";
import type { Presenter } from "../../state/presenter/use-presenter";
import { useText } from "../shell/text-context";
import { PresenterSlideForm } from "./presenter-slide-form";
import { PresenterSlideList } from "./presenter-slide-list";
import { PresenterTourFiles } from "./presenter-tour-files";
import { PresenterViewFields } from "./presenter-view-fields";

interface TourEditorProps {
  presenter: Presenter;
  filters: ProjectFilters; // what the map shows now
  camera: Camera | null;
  visible: readonly IndexedFeature[];
  all: readonly IndexedFeature[];
  outline: OverlayBox | null; // the frame outline beside the editor
  editorRef: RefObject<HTMLElement | null>;
}

export function PresenterTourEditor(props: TourEditorProps) {
  const { presenter, filters, camera, visible, all, outline } = props;
  const { t } = useText();
  const { own, ownTour, tourChoice, planTour } = presenter;
  const [replacing, setReplacing] = useState<Tour | "empty" | null>(null);
  // Every edit plays the own tour, so the presenter sees what they made.
  const edit = (next: Tour, show?: number) => {
    own.change(next);
    presenter.chooseTour("mine");
    if (show !== undefined) presenter.show(show);
  };
  const start = (from: Tour | null) => {
    setReplacing(null);
    edit(startTour(from), 0);
  };
  const ask = (from: Tour | null) =>
    ownTour && ownTour.slides.length > 0 ? setReplacing(from ?? "empty") : start(from);
  const view: SlideView =
    presenter.mapView === "progress"
      ? { mode: "progress", ...(presenter.year === null ? {} : { year: presenter.year }) }
      : { mode: "plan" };
  // The ground inside the frame outline, under the camera the map has now.
  const frameNow = () =>
    camera && outline
      ? groundOf(camera, { width: window.innerWidth, height: window.innerHeight }, outline)
      : null;
  const current = tourChoice === "mine" ? presenter.index : -1;

  return (
    <section
      ref={props.editorRef}
      className="presenter-editor"
      aria-labelledby="presenter-editor-title"
      data-own-keys
    >
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
              disabled={choice === "mine" && !ownTour}
              onChange={() => presenter.chooseTour(choice)}
            />
            {t(choice === "plan" ? "tourPlan" : "tourMine")}
          </label>
        ))}
      </fieldset>
      {replacing ? (
        <p className="presenter-confirm" role="alert">
          {t("tourReplaceConfirm", { count: ownTour?.slides.length ?? 0 })}{" "}
          <button type="button" onClick={() => start(replacing === "empty" ? null : replacing)}>
            {t("tourReplace")}
          </button>{" "}
          <button type="button" onClick={() => setReplacing(null)}>
            {t("tourCancel")}
          </button>
        </p>
      ) : (
        <div className="presenter-tour-start">
          {ownTour ? null : <p className="presenter-hint">{t("tourNoneYet")}</p>}
          <button type="button" onClick={() => ask(null)}>
            {t("tourStartEmpty")}
          </button>
          <button type="button" onClick={() => ask(planTour)} disabled={planTour.slides.length === 0}>
            {t("tourCopyPlan")}
          </button>
        </div>
      )}
      {ownTour ? (
        <>
          <div className="presenter-tour-name">
            <label>
              {t("tourNameZh")}
              <input
                value={ownTour.title_zh ?? ""}
                maxLength={20}
                onChange={(event) => own.change(renameTour(ownTour, { title_zh: event.target.value }))}
              />
            </label>
            <label>
              {t("tourNameEn")}
              <input
                value={ownTour.title_en ?? ""}
                maxLength={50}
                onChange={(event) => own.change(renameTour(ownTour, { title_en: event.target.value }))}
              />
            </label>
          </div>
          <PresenterSlideList
            tour={ownTour}
            current={current}
            all={all}
            edit={edit}
            viewNow={() => {
              const frame = frameNow();
              return frame
                ? { camera: frameCamera(frame), filters: tourFilters(filters), view: viewOrNone(view) }
                : null;
            }}
          />
          <section className="presenter-this-view" aria-labelledby="presenter-this-view">
            <h3 id="presenter-this-view">{t("tourThisView")}</h3>
            <PresenterViewFields
              name="this-view"
              filters={filters}
              counts={facetCounts(all, filters)}
              view={view}
              onFilters={presenter.setFilters}
              onClear={presenter.clearFilters}
              onView={presenter.setView}
            />
          </section>
          <PresenterSlideForm
            visible={visible}
            projects={presenter.properties ?? []}
            onHighlight={presenter.setDraftHighlight}
            makeSlide={(draft) => {
              const frame = frameNow();
              return frame ? slideFromView(ownTour, draft, filters, frame, view) : null;
            }}
            onAdd={(slide) => edit(addSlide(ownTour, slide), ownTour.slides.length)}
          />
        </>
      ) : null}
      <PresenterTourFiles
        presenter={presenter}
        onDownload={() =>
          ownTour && downloadText(tourFileName(ownTour), tourFileText(ownTour), "application/json")
        }
      />
    </section>
  );
}

// A slide records a view only when it is not the plan's colours (the default).
function viewOrNone(view: SlideView): SlideView | undefined {
  return view.mode === "progress" ? view : undefined;
}
