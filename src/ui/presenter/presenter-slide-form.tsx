// Adds the view being framed as a slide of the presenter's own tour: a title in both languages, a caption
// picked from the plan's sentences (a search; the words stay verbatim), its English rendering, and the
// projects to outline (outlined on the map as they are ticked). The camera, filters and colouring come
// from the view itself (makeSlide); the slide is checked by the tour validator before it is added.
import { useEffect, useState } from "react";
import { formatProblem } from "../../data/problem";
import type { ProjectProperties } from "../../data/project-schema";
import type { TourSlide } from "../../data/tour-schema";
import { validateTour } from "../../data/validate-tour";
import type { IndexedFeature } from "../../filters/indexed-properties";
import { slideShows } from "../../filters/slide-filters";
import { searchSentences } from "../../plan-text/plan-search";
import { loadPlanText, type PlanText } from "../../state/presenter/presenter-plan-text";
import { addPassage, EMPTY_DRAFT, type SlideDraft } from "../../state/presenter/presenter-tour-edits";
import { useText } from "../shell/text-context";

interface SlideFormProps {
  visible: readonly IndexedFeature[];
  projects: readonly ProjectProperties[];
  makeSlide: (draft: SlideDraft) => TourSlide | null; // null: nothing framed yet
  onAdd: (slide: TourSlide) => void;
  onHighlight: (ids: string[]) => void;
}

const MOST_RESULTS = 8;
const MOST_PROJECTS = 60; // the highlight list; a slide about more than this outlines none by name

export function PresenterSlideForm({ visible, projects, makeSlide, onAdd, onHighlight }: SlideFormProps) {
  const { t, language } = useText();
  const [draft, setDraft] = useState<SlideDraft>(EMPTY_DRAFT);
  const [query, setQuery] = useState("");
  const [plan, setPlan] = useState<PlanText | null>(null);
  const [planError, setPlanError] = useState<string | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  useEffect(() => {
    loadPlanText().then(setPlan, (error: unknown) => setPlanError(String(error)));
  }, []);
  const results = plan ? searchSentences(plan.blocks, query, MOST_RESULTS) : [];
  const set = (change: Partial<SlideDraft>) => setDraft((current) => ({ ...current, ...change }));
  const ready = draft.title_zh.trim() && draft.title_en.trim() && draft.caption_zh && draft.caption_en.trim();
  // The ticked projects are outlined on the map while the slide is made; none once it is added or left.
  useEffect(() => onHighlight(draft.highlight), [draft.highlight, onHighlight]);
  useEffect(() => () => onHighlight([]), [onHighlight]);

  const add = () => {
    const slide = makeSlide(draft);
    if (!slide) return;
    const checked = validateTour(JSON.stringify({ slides: [slide] }), {
      projects,
      shows: slideShows,
      planText: plan?.text,
    });
    setProblems(checked.problems.map(formatProblem));
    if (checked.tour.slides.length === 0) return;
    onAdd(checked.tour.slides[0] as TourSlide);
    setDraft(EMPTY_DRAFT);
    setQuery("");
  };

  return (
    <form
      className="presenter-slide-form"
      onSubmit={(event) => {
        event.preventDefault();
        add();
      }}
    >
      <h3>{t("tourAddHeading")}</h3>
      <label>
        {t("tourTitleZh")}
        <input
          value={draft.title_zh}
          maxLength={16}
          onChange={(event) => set({ title_zh: event.target.value })}
        />
      </label>
      <label>
        {t("tourTitleEn")}
        <input
          value={draft.title_en}
          maxLength={40}
          onChange={(event) => set({ title_en: event.target.value })}
        />
      </label>
      <label>
        {t("tourCaptionSearch")}
        <input type="search" value={query} onChange={(event) => setQuery(event.target.value)} />
      </label>
      {planError ? <p role="alert">{t("tourPlanFailed", { detail: planError })}</p> : null}
      {results.length > 0 ? (
        <ul className="presenter-sentences" aria-label={t("tourSentences")}>
          {results.map((result) => (
            <li key={result.sentenceId}>
              <button
                type="button"
                onClick={() =>
                  set({ caption_zh: addPassage(draft.caption_zh, result.text, plan?.text ?? "") })
                }
              >
                {result.text}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="presenter-caption-draft">
        <span>{t("tourCaptionZh")}</span>
        <output aria-label={t("tourCaptionZh")}>{draft.caption_zh || t("tourCaptionEmpty")}</output>
        <button type="button" disabled={!draft.caption_zh} onClick={() => set({ caption_zh: "" })}>
          {t("clearResult")}
        </button>
      </div>
      <label>
        {t("tourCaptionEn")}
        <textarea
          value={draft.caption_en}
          rows={3}
          onChange={(event) => set({ caption_en: event.target.value })}
        />
      </label>
      <fieldset>
        <legend>{t("tourHighlight")}</legend>
        {visible.slice(0, MOST_PROJECTS).map((feature) => {
          const { id } = feature.properties;
          return (
            <label key={id} className="presenter-check">
              <input
                type="checkbox"
                checked={draft.highlight.includes(id)}
                onChange={(event) =>
                  set({
                    highlight: event.target.checked
                      ? [...draft.highlight, id]
                      : draft.highlight.filter((other) => other !== id),
                  })
                }
              />
              {language === "zh" ? feature.properties.name_zh : feature.properties.name_en}
            </label>
          );
        })}
      </fieldset>
      <button type="submit" className="presenter-primary" disabled={!ready}>
        {t("tourAddSlide")}
      </button>
      {problems.length > 0 ? (
        <ul className="presenter-problems" role="alert">
          {problems.map((line, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: two fields may have the same problem
            <li key={index}>{line}</li>
          ))}
        </ul>
      ) : null}
    </form>
  );
}
