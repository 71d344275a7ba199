// The details beside the map: a plan project's, or a feature of the user's own layers; each loads when
// first opened.
import { lazy, Suspense } from "react";
import type { IndexedFeature } from "../../filters/indexed-properties";
import type { ProjectFilters } from "../../filters/project-filters";
import { withLaterTexts } from "../../i18n/load-later-texts";
import { type AppStore, actions } from "../../state/app/app-store";
import type { UserLayers } from "../../state/your-layers/use-user-layers";

const DetailPanel = lazy(
  withLaterTexts(() => import("./detail-panel").then((module) => ({ default: module.DetailPanel }))),
);
const UserFeaturePanel = lazy(
  withLaterTexts(() =>
    import("./user-feature-panel").then((module) => ({ default: module.UserFeaturePanel })),
  ),
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
        <Suspense fallback={null}>
          <DetailPanel
            project={selected.properties}
            filters={filters}
            onFilters={(change) => store.update(actions.setFilters(change))}
            onClose={() => store.update(actions.select(null))}
            onFrame={() => onFrame(selected.properties.id)}
            onReadInPlan={() => {
              store.update(actions.openPlan({ kind: "project", projectId: selected.properties.id }));
              // On a phone the details cover the sidebar: close them so the clause can be read.
              if (narrow) store.update(actions.select(null));
            }}
          />
        </Suspense>
      ) : userFeature ? (
        <Suspense fallback={null}>
          <UserFeaturePanel
            layer={userFeature.layer}
            feature={userFeature.feature}
            index={userFeature.index}
            onClose={() => userLayers.select(null)}
          />
        </Suspense>
      ) : null}
    </>
  );
}
