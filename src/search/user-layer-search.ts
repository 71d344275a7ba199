// Search over the planner's own layers (issue 17): the features whose name — the layer's name column
// (name, 名称, NAME, title…) — holds the query, folded the same way as the plan's search (case, width,
// accents and punctuation do not matter). A name that starts with the query comes first, then one with
// a word starting with it, then any other; ties keep the layer's order. Hidden layers are searched too:
// a result says which layer it is in. Pure, so the header search can call it on every keystroke.
import type { Feature, FeatureCollection } from "geojson";
import { nameColumnOfFeatures } from "../data/name-column";
import { cleanQuery } from "./clean-query";
import { type FoldedText, foldQuery, foldText, wordStartIndex } from "./fold-text";

export interface SearchableUserLayer {
  id: string;
  name: string;
  features: FeatureCollection;
}

export interface UserLayerMatch {
  layerId: string;
  layerName: string;
  // 0-based place of the feature in its layer: what the map's click and the details panel use.
  index: number;
  name: string;
  // The matched characters in `name` as [start, end), for highlighting.
  range: [number, number];
  feature: Feature;
}

// Past this a result list is no help; the header shows a handful.
export const DEFAULT_USER_LAYER_MATCHES = 20;

type FoldedName = Pick<FoldedText, "text" | "wordStarts">;
interface FoldedLayer {
  names: (string | null)[];
  folded: (FoldedName | null)[];
}

// Folding 50,000 names takes a fifth of a second: done once per layer's features (which an import
// creates and nothing edits), every keystroke after that is a scan of ready strings. Weak, so a
// removed layer's names go with it. The original-position arrays are rebuilt for the shown few only.
const foldedLayers = new WeakMap<readonly Feature[], FoldedLayer>();

function foldedLayer(features: readonly Feature[]): FoldedLayer {
  const cached = foldedLayers.get(features);
  if (cached) return cached;
  const column = nameColumnOfFeatures(features);
  const names = features.map((feature) => {
    const value = column === null ? undefined : feature.properties?.[column];
    return value === undefined || value === null ? null : String(value);
  });
  const folded = names.map((name) => {
    if (name === null) return null;
    const { text, wordStarts } = foldText(name);
    return { text, wordStarts };
  });
  const layer = { names, folded };
  foldedLayers.set(features, layer);
  return layer;
}

export function searchUserLayers(
  layers: readonly SearchableUserLayer[],
  query: unknown,
  limit = DEFAULT_USER_LAYER_MATCHES,
): UserLayerMatch[] {
  const folded = foldQuery(cleanQuery(query).text);
  if (folded === "" || limit <= 0) return [];
  const scored: { layer: SearchableUserLayer; index: number; start: number; score: number }[] = [];
  for (const layer of layers) {
    const { folded: names } = foldedLayer(layer.features.features);
    names.forEach((text, index) => {
      const at = text ? text.text.indexOf(folded) : -1;
      if (!text || at === -1) return;
      const wordAt = wordStartIndex(text, folded);
      const score = wordAt === 0 ? 0 : wordAt > 0 ? 1 : 2;
      scored.push({ layer, index, start: wordAt === -1 ? at : wordAt, score });
    });
  }
  // A stable sort: ties keep the layers' order.
  scored.sort((a, b) => a.score - b.score);
  return scored.slice(0, limit).map(({ layer, index, start }) => {
    const name = foldedLayer(layer.features.features).names[index] ?? "";
    const { starts, ends } = foldText(name);
    const range: [number, number] = [starts[start] ?? 0, ends[start + folded.length - 1] ?? name.length];
    const feature = layer.features.features[index] as Feature;
    return { layerId: layer.id, layerName: layer.name, index, name, range, feature };
  });
}
