// Keeps a planner's own layers in the browser (IndexedDB, through idb-keyval), so they are there
// again on the next visit; nothing leaves the machine. A stored entry that no longer has the expected
// shape (an older version, a hand edit) is skipped when listing, not shown broken.
import type { FeatureCollection } from "geojson";
import { clear, createStore, del, set, type UseStore, values } from "idb-keyval";

export interface StoredUserLayer {
  id: string;
  name: string;
  // Index into the UI's palette of user-layer colours.
  colourIndex: number;
  visible: boolean;
  // WGS84, as imported.
  features: FeatureCollection;
  // When the layer was first saved, milliseconds since 1970; the list is in this order.
  savedAt: number;
}

let defaultStore: UseStore | null = null;

// Opened on first use, so merely importing this module touches no database.
function store(): UseStore {
  defaultStore ??= createStore("jiaxing-map-user-layers", "layers");
  return defaultStore;
}

// A writing quota error (the browser's storage is full) rejects the promise; the UI says so.
export function saveUserLayer(layer: StoredUserLayer, target: UseStore = store()): Promise<void> {
  return set(layer.id, layer, target);
}

export async function listUserLayers(target: UseStore = store()): Promise<StoredUserLayer[]> {
  const stored = await values<unknown>(target);
  return stored.filter(isStoredUserLayer).sort((left, right) => left.savedAt - right.savedAt);
}

export function removeUserLayer(id: string, target: UseStore = store()): Promise<void> {
  return del(id, target);
}

export function removeAllUserLayers(target: UseStore = store()): Promise<void> {
  return clear(target);
}

// A fresh id for a new layer; randomUUID needs a secure context, so a time-and-random id stands in.
export function newUserLayerId(): string {
  if (typeof crypto !== "undefined" && typeof crypto.randomUUID === "function") return crypto.randomUUID();
  return `layer-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

function isStoredUserLayer(value: unknown): value is StoredUserLayer {
  if (!value || typeof value !== "object") return false;
  const layer = value as Partial<StoredUserLayer>;
  return (
    typeof layer.id === "string" &&
    typeof layer.name === "string" &&
    typeof layer.colourIndex === "number" &&
    typeof layer.visible === "boolean" &&
    typeof layer.savedAt === "number" &&
    layer.features?.type === "FeatureCollection" &&
    Array.isArray(layer.features.features)
  );
}
