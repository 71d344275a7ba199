// The tour editor's files: download one's own tour (named by the tour, with its schema version), load a
// tour file (its problems listed slide by slide; the good slides play), delete one's own tour.
import { useRef } from "react";
import { tourFileName } from "../../state/presenter/presenter-files";
import type { Presenter } from "../../state/presenter/use-presenter";
import { useText } from "../shell/text-context";

// More problems than a person reads in a sitting: the rest are counted, not listed.
const MOST_LISTED = 50;

export function PresenterTourFiles({
  presenter,
  onDownload,
}: {
  presenter: Presenter;
  onDownload: () => void;
}) {
  const { t } = useText();
  const file = useRef<HTMLInputElement>(null);
  const { own, ownTour } = presenter;
  return (
    <>
      <div className="presenter-file-actions">
        <button
          type="button"
          onClick={onDownload}
          disabled={!ownTour || ownTour.slides.length === 0}
          title={ownTour ? tourFileName(ownTour) : undefined}
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
          disabled={!ownTour}
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
            {own.problems.slice(0, MOST_LISTED).map((line, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: two slides may have the same problem
              <li key={index}>{line}</li>
            ))}
          </ul>
          {own.problems.length > MOST_LISTED ? (
            <p>{t("tourMoreProblems", { count: own.problems.length - MOST_LISTED })}</p>
          ) : null}
        </div>
      ) : null}
    </>
  );
}
