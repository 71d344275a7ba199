// The details beside the map: a plan project's, or a feature of the user's own layers; each loads when
// first opened, through the one loader (a file that fails says so in the panel's place, with a Retry).
import type { IndexedFeature } from "../../filters/indexed-properties";
import type { ProjectFilters } from "../../filters/project-filters";
import { withLaterTexts } from "../../i18n/load-later-texts";
import { type AppStore, actions } from "../../state/app/app-store";
import type { UserLayers } from "../../state/your-layers/use-user-layers";
import { LazyPart } from "../shell/lazy-part";
import { preloadable } from "../shell/preloadable";

// Preloadable: once a panel's code is in, the next project opens at once instead of suspending again.
const loadDetailPanel = preloadable(
  withLaterTexts(() => import("./detail-panel").then((module) => module.DetailPanel)),
);
const loadUserFeaturePanel = preloadable(
  withLaterTexts(() => import("./user-feature-panel").then((module) => module.UserFeaturePanel)),
);

interface DetailAreaProps {
  store: AppStore;
  filters: ProjectFilters;
  narrow: boolean;
  selected: IndexedFeature | undefined;
  userFeature: UserLayers["selectedFeature"];
  userLayers: UserLayers;
  onFrame: (id: string) => void;
}

export function DetailArea(props: DetailAreaProps) {
  const { store, filters, narrow, selected, userFeature, userLayers, onFrame } = props;
  return (
    <>
      {selected ? (
        <LazyPart
          load={loadDetailPanel}
          part="partDetails"
          className="detail-panel"
          loading={null}
          props={{
            project: selected.properties,
            filters,
            onFilters: (change: Partial<ProjectFilters>) => store.update(actions.setFilters(change)),
            onClose: () => store.update(actions.select(null)),
            onFrame: () => onFrame(selected.properties.id),
            onReadInPlan: () => {
              store.update(actions.openPlan({ kind: "project", projectId: selected.properties.id }));
              // On a phone the details cover the sidebar: close them so the clause can be read.
              if (narrow) store.update(actions.select(null));
            },
          }}
        />
      ) : userFeature ? (
        <LazyPart
          load={loadUserFeaturePanel}
          part="partFeatureDetails"
          className="detail-panel"
          loading={null}
          props={{
            layer: userFeature.layer,
            feature: userFeature.feature,
            index: userFeature.index,
            onClose: () => userLayers.select(null),
          }}
        />
      ) : null}
    </>
  );
}
