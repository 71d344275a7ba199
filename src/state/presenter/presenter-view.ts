// What the page reads back from the presenter's engine (ui/presenter/presenter-engine.tsx): the slide's projects
// to spotlight, the overlay's measured boxes (the map's padding) and the tour's notices. Before the
// engine has loaded, nothing is presented.

import type { Notice } from "../app/notice";
import type { PresenterBoxes } from "../map-area/map-padding";

export interface PresenterView {
  spotlightIds: string[];
  asideIds: string[]; // points beyond the city the slide shows only in its inset
  boxes: PresenterBoxes;
  notices: Notice[];
}

export const IDLE_PRESENTER: PresenterView = { spotlightIds: [], asideIds: [], boxes: {}, notices: [] };
