// The presenter's own slides: go to one, move it, delete it, and open what it shows — its filters and
// colouring with the filter panel's own controls, or all of it set to the view framed now.
import { useMemo, useState } from "react";
import type { SlideView, Tour, TourSlide } from "../../data/tour-schema";
import { facetCounts } from "../../filters/facet-counts";
import type { IndexedFeature } from "../../filters/indexed-properties";
import { filterPredicate } from "../../filters/matches-filters";
import { DEFAULT_FILTERS, type ProjectFilters } from "../../filters/project-filters";
import { slideFilters } from "../../filters/slide-filters";
import { changeSlide, moveSlide, removeSlide, tourFilters } from "../../state/presenter/presenter-tour-edits";
import { useText } from "../shell/text-context";
import { PresenterViewFields } from "./presenter-view-fields";

interface SlideListProps {
  tour: Tour;
  current: number; // the slide shown, -1 for none of these
  all: readonly IndexedFeature[];
  edit: (next: Tour, show?: number) => void;
  // The slide as the view framed now (camera, filters, colouring), or null when nothing is framed yet.
  viewNow: () => Pick<TourSlide, "camera" | "filters" | "view"> | null;
}

export function PresenterSlideList({ tour, current, all, edit, viewNow }: SlideListProps) {
  const { t, language } = useText();
  const [open, setOpen] = useState<string | null>(null);
  // How many projects each slide shows: counted when the tour or the projects change, not per render.
  const shownCounts = useMemo(
    () =>
      tour.slides.map((slide) => {
        const shows = filterPredicate(slideFilters(slide));
        return all.filter((feature) => shows(feature.properties)).length;
      }),
    [tour, all],
  );
  if (tour.slides.length === 0) return <p className="presenter-hint">{t("tourNoSlides")}</p>;
  return (
    <ol className="presenter-slide-list" aria-label={t("tourSlides")}>
      {tour.slides.map((slide, index) => {
        const number = index + 1;
        const filters = slideFilters(slide);
        const shown = shownCounts[index] ?? 0;
        const opened = open === slide.id;
        const setFilters = (next: ProjectFilters) =>
          edit(changeSlide(tour, index, { filters: tourFilters(next) }), index);
        const setView = (view: SlideView) =>
          edit(changeSlide(tour, index, { view: view.mode === "progress" ? view : undefined }), index);
        return (
          <li key={slide.id} aria-current={index === current ? "step" : undefined}>
            <div className="presenter-slide-row">
              <button type="button" className="presenter-slide-go" onClick={() => edit(tour, index)}>
                {number}. {language === "zh" ? slide.title_zh : slide.title_en}
              </button>
              <button
                type="button"
                aria-label={t("tourMoveUp", { number })}
                disabled={index === 0}
                onClick={() => edit(moveSlide(tour, index, -1), index - 1)}
              >
                ↑
              </button>
              <button
                type="button"
                aria-label={t("tourMoveDown", { number })}
                disabled={index === tour.slides.length - 1}
                onClick={() => edit(moveSlide(tour, index, 1), index + 1)}
              >
                ↓
              </button>
              <button
                type="button"
                aria-label={t("tourDelete", { number })}
                onClick={() =>
                  edit(removeSlide(tour, index), Math.max(Math.min(index, tour.slides.length - 2), 0))
                }
              >
                ✕
              </button>
            </div>
            <button
              type="button"
              className="presenter-slide-open"
              aria-expanded={opened}
              onClick={() => setOpen(opened ? null : slide.id)}
            >
              {t("tourSlideFilters", { number })} · {t("tourFiltersCount", { shown })}
            </button>
            {opened ? (
              <div className="presenter-slide-detail">
                <PresenterViewFields
                  name={`slide-${slide.id}`}
                  filters={filters}
                  counts={facetCounts(all, filters)}
                  view={slide.view ?? { mode: "plan" }}
                  onFilters={(change) => setFilters({ ...filters, ...change })}
                  onClear={() => setFilters(DEFAULT_FILTERS)}
                  onView={setView}
                />
                <button
                  type="button"
                  onClick={() => {
                    const now = viewNow();
                    if (now) edit(changeSlide(tour, index, now), index);
                  }}
                >
                  {t("tourSlideUpdate", { number })}
                </button>
              </div>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
