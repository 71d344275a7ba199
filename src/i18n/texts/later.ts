// The texts of the features that load on demand (a project's details, the plan tab, your layers, then and now, the presenter's
// engine, room and tour editor, the planner's engine and exports, the basemap switch, the active filters), in one chunk of their own: the first script carries only the
// texts the first view can show. Registered by i18n/load-later-texts.ts.

import { detailMessages } from "./detail";
import { detailedBasemapMessages } from "./detailed-basemap";
import { nothingHiddenMessages } from "./nothing-hidden";
import { basemapSwitchMessages } from "./online-basemaps";
import { planTextMessages } from "./plan-text";
import { plannerAnswersMessages } from "./planner-answers";
import { plannerPanelMessages } from "./planner-coverage";
import { precisionMessages } from "./precision";
import { presenterRoomMessages } from "./presenter-room";
import { progressMessages } from "./progress";
import { searchListMessages } from "./search-list";
import { tourEditorMessages } from "./tour-editor";
import { yourLayersMessages } from "./your-layers";

export const laterTexts = {
  zh: {
    ...plannerPanelMessages.zh,
    ...plannerAnswersMessages.zh,
    ...progressMessages.zh,
    ...yourLayersMessages.zh,
    ...planTextMessages.zh,
    ...presenterRoomMessages.zh,
    ...tourEditorMessages.zh,
    ...basemapSwitchMessages.zh,
    ...detailedBasemapMessages.zh,
    ...detailMessages.zh,
    ...nothingHiddenMessages.zh,
    ...precisionMessages.zh,
    ...searchListMessages.zh,
  },
  en: {
    ...plannerPanelMessages.en,
    ...plannerAnswersMessages.en,
    ...progressMessages.en,
    ...yourLayersMessages.en,
    ...planTextMessages.en,
    ...presenterRoomMessages.en,
    ...tourEditorMessages.en,
    ...basemapSwitchMessages.en,
    ...detailedBasemapMessages.en,
    ...detailMessages.en,
    ...nothingHiddenMessages.en,
    ...precisionMessages.en,
    ...searchListMessages.en,
  },
};
