// What picking a search suggestion does. A project opens framed in its details; a county becomes the
// county filter (its projects fill the list) and is framed; a place is flown to; a layer or pillar
// becomes that filter. Picking a place or a filter clears the query, so the list shows what was picked
// rather than what the words happened to match; a filter picked, or Enter, puts that list first. A feature of the planner's own layer opens in its
// details, its layer shown, and is framed; the query clears as for a place.
import { useCallback } from "react";
import {
  COUNTY_CODES,
  type CountyCode,
  LAYERS,
  type LayerName,
  PILLARS,
  type Pillar,
} from "../../data/project-schema";
import { boundsOf } from "../../geo/coordinates";
import type { SearchEntry } from "../../search/search-index-types";
import type { UserLayerMatch } from "../../search/user-layer-search";
import { type AppStore, actions } from "../app/app-store";
import type { UserLayers } from "../your-layers/use-user-layers";
import { unionBounds } from "./search-options";

// Close enough to read a town's streets, far enough to keep its neighbours in view (MapLibre zoom).
const PLACE_ZOOM = 12;

export function useSearchPick(
  store: AppStore,
  select: (id: string) => void,
  userLayers: Pick<UserLayers, "layers" | "toggle" | "select">,
) {
  const pick = useCallback(
    (entry: SearchEntry) => {
      store.update(actions.setTab("projects"));
      if (entry.kind === "project") {
        select(entry.key);
        return;
      }
      if (entry.kind === "county" && COUNTY_CODES.includes(entry.key as CountyCode)) {
        store.update(actions.setFilters({ counties: [entry.key as CountyCode], query: "" }));
        store.update(actions.showResults());
        if (entry.bounds) store.update(actions.requestFrame(entry.bounds));
        return;
      }
      if (entry.kind === "place" && entry.center) {
        const [longitude, latitude] = entry.center;
        store.update(actions.setFilters({ query: "" }));
        store.update(actions.requestCamera({ longitude, latitude, zoom: PLACE_ZOOM }));
        return;
      }
      if (entry.kind === "facet") {
        const [facet, value] = entry.key.split(":");
        if (facet === "layer" && LAYERS.includes(value as LayerName)) {
          store.update(actions.setFilters({ layers: [value as LayerName], query: "" }));
        } else if (facet === "pillar" && PILLARS.includes(value as Pillar)) {
          store.update(actions.setFilters({ pillars: [value as Pillar], query: "" }));
        }
        store.update(actions.showResults());
      }
    },
    [store, select],
  );

  // Enter with nothing highlighted: the list already holds every match; the map frames them all.
  const showAll = useCallback(
    (projects: readonly SearchEntry[]) => {
      store.update(actions.showResults());
      const bounds = unionBounds(projects.map((entry) => entry.bounds));
      if (bounds) store.update(actions.requestFrame(bounds));
    },
    [store],
  );

  const { layers, toggle, select: selectUserFeature } = userLayers;
  const pickUserFeature = useCallback(
    ({ layerId, index, feature }: UserLayerMatch) => {
      // A project's details would cover the feature's (the details area shows a project first).
      store.update(actions.select(null));
      store.update(actions.setFilters({ query: "" }));
      // Found in a hidden layer: show the layer, or the map would frame an empty spot.
      if (layers.find((layer) => layer.id === layerId)?.visible === false) toggle(layerId, true);
      selectUserFeature({ layerId, index });
      const bounds = feature.geometry ? boundsOf(feature.geometry) : null;
      if (bounds?.every(Number.isFinite)) store.update(actions.requestFrame(bounds));
    },
    [store, layers, toggle, selectUserFeature],
  );

  return { pick, showAll, pickUserFeature };
}
