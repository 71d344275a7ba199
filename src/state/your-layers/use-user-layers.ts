// The planner's own layers (issue 17): the ones kept in this browser, loaded once the map has started;
// adding, switching, recolouring and removing them (each change saved at once); the files waiting for
// their import options; and the feature whose details are open. Nothing here leaves the machine.
import { useCallback, useMemo, useRef, useState } from "react";
import type { ImportedLayer, ImportOptions } from "../../import/import-types";
import type { StoredUserLayer } from "../../import/user-layer-store";
import { USER_LAYER_PALETTE } from "../../layers/theme";
import type { SidebarTab } from "../app/view-state";
import { loadStore, useKeptLayers } from "./use-kept-layers";

// A file chosen or dropped, waiting for its coordinate system (and, for a table, its columns).
export interface PendingFile {
  key: number;
  file: File;
  options: ImportOptions;
}

export interface UserFeatureSelection {
  layerId: string;
  index: number;
}

let nextPendingKey = 1;

export function useUserLayers(tab: SidebarTab) {
  // Once opened, the panel stays mounted: its imports and reports survive a look at another tab.
  const [opened, setOpened] = useState(tab === "layers");
  if (tab === "layers" && !opened) setOpened(true);
  const [layers, setLayers] = useState<StoredUserLayer[]>([]);
  const [pending, setPending] = useState<PendingFile[]>([]);
  const [selected, setSelected] = useState<UserFeatureSelection | null>(null);
  // The layers as last set, for changes made one after another before React renders again.
  const latest = useRef(layers);
  const commit = useCallback((next: StoredUserLayer[]) => {
    latest.current = next;
    setLayers(next);
  }, []);

  // Kept layers arrive one by one, in the order first saved; one imported meanwhile stays after them.
  const arrive = useCallback(
    (layer: StoredUserLayer) =>
      commit(
        [...latest.current.filter((item) => item.id !== layer.id), layer].sort(
          (left, right) => left.savedAt - right.savedAt,
        ),
      ),
    [commit],
  );
  const { storage, setStorage, notices } = useKeptLayers(arrive);

  // A change of colour or visibility rewrites the layer's settings alone, never its features.
  const save = useCallback(
    (layer: StoredUserLayer) => {
      void loadStore()
        .then((store) => store.saveUserLayerSettings(layer))
        .catch(() => setStorage("unavailable"));
    },
    [setStorage],
  );

  // The import worker has kept the features under layerId (featuresKept); the settings are kept here.
  // Resolves false when the layer is shown but could not be kept (storage full or refused).
  const add = useCallback(
    async (imported: ImportedLayer, layerId: string, featuresKept: boolean): Promise<boolean> => {
      const layer: StoredUserLayer = {
        id: layerId,
        name: imported.name,
        colourIndex: freeColour(latest.current),
        visible: true,
        features: imported.features,
        savedAt: Date.now(),
      };
      commit([...latest.current, layer]);
      if (!featuresKept) return false;
      try {
        await (await loadStore()).saveUserLayerSettings(layer);
        return true;
      } catch {
        return false;
      }
    },
    [commit],
  );

  const change = useCallback(
    (id: string, update: (layer: StoredUserLayer) => StoredUserLayer) => {
      const layer = latest.current.find((candidate) => candidate.id === id);
      if (!layer) return;
      const next = update(layer);
      commit(latest.current.map((candidate) => (candidate.id === id ? next : candidate)));
      save(next);
    },
    [commit, save],
  );
  const toggle = useCallback(
    (id: string, visible: boolean) => change(id, (layer) => ({ ...layer, visible })),
    [change],
  );
  const recolour = useCallback(
    (id: string) =>
      change(id, (layer) => ({ ...layer, colourIndex: (layer.colourIndex + 1) % USER_LAYER_PALETTE.length })),
    [change],
  );
  const remove = useCallback(
    async (id: string) => {
      commit(latest.current.filter((layer) => layer.id !== id));
      setSelected((open) => (open?.layerId === id ? null : open));
      await (await loadStore()).removeUserLayer(id).catch(() => undefined);
    },
    [commit],
  );
  const removeAll = useCallback(async () => {
    commit([]);
    setSelected(null);
    await (await loadStore()).removeAllUserLayers().catch(() => undefined);
  }, [commit]);

  const addFiles = useCallback((files: Iterable<File>) => {
    const added = [...files].map((file) => ({ key: nextPendingKey++, file, options: {} }));
    if (added.length > 0) setPending((current) => [...current, ...added]);
  }, []);
  const setPendingOptions = useCallback(
    (key: number, options: ImportOptions) =>
      setPending((current) => current.map((item) => (item.key === key ? { ...item, options } : item))),
    [],
  );
  const dropPending = useCallback(
    (keys: readonly number[]) => setPending((current) => current.filter((item) => !keys.includes(item.key))),
    [],
  );

  const selectedFeature = useMemo(() => {
    if (!selected) return null;
    const layer = layers.find((candidate) => candidate.id === selected.layerId);
    const feature = layer?.features.features[selected.index];
    return layer && feature ? { layer, feature, index: selected.index } : null;
  }, [layers, selected]);

  return {
    opened,
    layers,
    storage,
    add,
    toggle,
    recolour,
    remove,
    removeAll,
    pending,
    addFiles,
    setPendingOptions,
    dropPending,
    select: setSelected,
    selectedFeature,
    notices,
  };
}

export type UserLayers = ReturnType<typeof useUserLayers>;

// The first palette colour no current layer uses; when all are taken, they go round again.
function freeColour(layers: readonly StoredUserLayer[]): number {
  const used = new Set(layers.map((layer) => layer.colourIndex));
  for (let index = 0; index < USER_LAYER_PALETTE.length; index++) if (!used.has(index)) return index;
  return layers.length % USER_LAYER_PALETTE.length;
}
