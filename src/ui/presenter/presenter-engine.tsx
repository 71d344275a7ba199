// The presenter's engine (state/presenter/use-presenter.ts) and its overlay, loaded in a chunk of their own at
// start-up so the first script stays small (most visits never present). The page reads back only what
// the map and the notices need (PresenterView); the full presenter stays here, with the overlay.
import { useLayoutEffect } from "react";
import { withLaterTexts } from "../../i18n/load-later-texts";
import type { PresenterView } from "../../state/presenter/presenter-view";
import { type PresenterInputs, usePresenter } from "../../state/presenter/use-presenter";
import { LazyPart } from "../shell/lazy-part";
import { preloadable } from "../shell/preloadable";
import { useText } from "../shell/text-context";

// The overlay, tour editor and inset load when a presentation starts.
// Through the one loader: a file that fails says so with a Retry, never a blank page.
const loadPresenterOverlay = preloadable(
  withLaterTexts(() => import("./presenter-overlay").then((module) => module.PresenterOverlay)),
);

interface PresenterEngineProps extends PresenterInputs {
  onView: (view: PresenterView) => void; // stable (a state setter)
}

export function PresenterEngine({ onView, ...inputs }: PresenterEngineProps) {
  // Read so that the engine draws again when the later texts arrive (its city name, export credits).
  useText();
  const presenter = usePresenter(inputs);
  const { spotlightIds, asideIds, boxes, notices } = presenter;
  // Each part is stable until it changes (a slide's ids, measured boxes, memoised notices), so the page
  // renders again only when one does, in the same task (a layout effect: no frame with the old spotlight).
  useLayoutEffect(
    () => onView({ spotlightIds, asideIds, boxes, notices }),
    [onView, spotlightIds, asideIds, boxes, notices],
  );
  return presenter.present ? (
    <LazyPart
      load={loadPresenterOverlay}
      part="partPresenter"
      className="floating-failure"
      loading={null}
      props={{
        presenter,
        visible: inputs.projects.visible,
        all: inputs.projects.all,
        filters: inputs.state.filters,
        camera: inputs.state.camera,
      }}
    />
  ) : null;
}
