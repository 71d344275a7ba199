// What the page reads back from the presenter's engine (ui/presenter-engine.tsx): the slide's projects
// to spotlight, the overlay's measured boxes (the map's padding) and the tour's notices. Before the
// engine has loaded, nothing is presented.
import type { PresenterBoxes } from "./map-padding";
import type { Notice } from "./notice";

export interface PresenterView {
  spotlightIds: string[];
  boxes: PresenterBoxes;
  notices: Notice[];
}

export const IDLE_PRESENTER: PresenterView = { spotlightIds: [], boxes: {}, notices: [] };
