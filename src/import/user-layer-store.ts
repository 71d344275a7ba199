// Keeps a planner's own layers in the browser (IndexedDB, through idb-keyval), so they are there
// again on the next visit; nothing leaves the machine. A layer's few settings (name, colour, shown)
// and its features are kept apart: switching a layer on or off rewrites a few bytes, not 1,000,000
// positions, and the features are written and read in the import worker, off the page's thread
// (issue 32, R4). A stored entry that no longer has the expected shape (an older version, a hand
// edit) is skipped when listing, not shown broken.
import type { FeatureCollection } from "geojson";
import { clear, createStore, del, get, set, type UseStore, values } from "idb-keyval";

// A layer's settings, as kept: everything but its features.
export interface UserLayerSettings {
  id: string;
  name: string;
  // Index into the UI's palette of user-layer colours.
  colourIndex: number;
  visible: boolean;
  // When the layer was first saved, milliseconds since 1970; the list is in this order.
  savedAt: number;
}

// A layer as the page holds it.
export interface StoredUserLayer extends UserLayerSettings {
  // WGS84, as imported.
  features: FeatureCollection;
}

export interface UserLayerStores {
  settings: UseStore;
  features: UseStore;
}

let defaultStores: UserLayerStores | null = null;

// Opened on first use, so merely importing this module touches no database. Two databases: one
// idb-keyval store per database.
function stores(): UserLayerStores {
  defaultStores ??= {
    settings: createStore("jiaxing-map-user-layers", "layers"),
    features: createStore("jiaxing-map-user-layer-features", "features"),
  };
  return defaultStores;
}

// A writing quota error (the browser's storage is full) rejects the promise; the UI says so.
export function saveUserLayerSettings(layer: UserLayerSettings, target = stores()): Promise<void> {
  const { id, name, colourIndex, visible, savedAt } = layer;
  return set(id, { id, name, colourIndex, visible, savedAt }, target.settings);
}

export function saveUserLayerFeatures(
  id: string,
  features: FeatureCollection,
  target = stores(),
): Promise<void> {
  return set(id, features, target.features);
}

/** Both parts, as one save (tests, and layers kept from before the parts were apart). */
export async function saveUserLayer(layer: StoredUserLayer, target = stores()): Promise<void> {
  await saveUserLayerFeatures(layer.id, layer.features, target);
  await saveUserLayerSettings(layer, target);
}

export interface ListedLayers {
  settings: UserLayerSettings[];
  // Layers kept by an earlier version with their features inside: already read, and now split.
  legacy: Map<string, FeatureCollection>;
}

/** The kept layers' settings, in the order first saved; their features are read with readUserLayerFeatures. */
export async function listUserLayers(target = stores()): Promise<ListedLayers> {
  const stored = await values<unknown>(target.settings);
  const settings = stored.filter(isSettings).sort((left, right) => left.savedAt - right.savedAt);
  const legacy = new Map<string, FeatureCollection>();
  for (const entry of settings) {
    const features = (entry as Partial<StoredUserLayer>).features;
    if (!isCollection(features)) continue;
    legacy.set(entry.id, features);
    await saveUserLayer({ ...entry, features }, target).catch(() => undefined);
  }
  return {
    settings: settings.map(({ id, name, colourIndex, visible, savedAt }) => ({
      id,
      name,
      colourIndex,
      visible,
      savedAt,
    })),
    legacy,
  };
}

/** A kept layer's features, or null when there are none of the expected shape. */
export async function readUserLayerFeatures(
  id: string,
  target = stores(),
): Promise<FeatureCollection | null> {
  const features = await get<unknown>(id, target.features);
  return isCollection(features) ? features : null;
}

export async function removeUserLayer(id: string, target = stores()): Promise<void> {
  await del(id, target.settings);
  await del(id, target.features);
}

export async function removeAllUserLayers(target = stores()): Promise<void> {
  await clear(target.settings);
  await clear(target.features);
}

// A fresh id for a new layer; randomUUID needs a secure context, so a time-and-random id stands in.
export function newUserLayerId(): string {
  if (typeof crypto !== "undefined" && typeof crypto.randomUUID === "function") return crypto.randomUUID();
  return `layer-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

function isSettings(value: unknown): value is UserLayerSettings {
  if (!value || typeof value !== "object") return false;
  const layer = value as Partial<UserLayerSettings>;
  return (
    typeof layer.id === "string" &&
    typeof layer.name === "string" &&
    typeof layer.colourIndex === "number" &&
    typeof layer.visible === "boolean" &&
    typeof layer.savedAt === "number"
  );
}

function isCollection(value: unknown): value is FeatureCollection {
  const collection = value as Partial<FeatureCollection> | null;
  return collection?.type === "FeatureCollection" && Array.isArray(collection.features);
}
