// Search over the planner's own layers (issue 17): the features whose name — the layer's name column
// (name, 名称, NAME, title…) — holds the query, folded the same way as the plan's search (case, width,
// accents and punctuation do not matter). A name that starts with the query comes first, then one with
// a word starting with it, then any other; ties keep the layer's order. Hidden layers are searched too:
// a result says which layer it is in. Pure, so the header search can call it on every keystroke.
import type { Feature, FeatureCollection } from "geojson";
import { nameColumnOfFeatures } from "../data/name-column";
import { cleanQuery } from "./clean-query";
import { foldQuery, foldText, wordStartIndex } from "./fold-text";

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

export function searchUserLayers(
  layers: readonly SearchableUserLayer[],
  query: unknown,
  limit = DEFAULT_USER_LAYER_MATCHES,
): UserLayerMatch[] {
  const folded = foldQuery(cleanQuery(query).text);
  if (folded === "" || limit <= 0) return [];
  const scored: { match: UserLayerMatch; score: number; order: number }[] = [];
  let order = 0;
  for (const layer of layers) {
    const column = nameColumnOfFeatures(layer.features.features);
    if (column === null) continue;
    layer.features.features.forEach((feature, index) => {
      const value = feature.properties?.[column];
      if (value === undefined || value === null) return;
      const name = String(value);
      const text = foldText(name);
      const at = text.text.indexOf(folded);
      if (at === -1) return;
      const wordAt = wordStartIndex(text, folded);
      const start = wordAt === -1 ? at : wordAt;
      const end = start + folded.length;
      const range: [number, number] = [text.starts[start] ?? 0, text.ends[end - 1] ?? name.length];
      const score = wordAt === 0 ? 0 : wordAt > 0 ? 1 : 2;
      scored.push({
        match: { layerId: layer.id, layerName: layer.name, index, name, range, feature },
        score,
        order: order++,
      });
    });
  }
  scored.sort((a, b) => a.score - b.score || a.order - b.order);
  return scored.slice(0, limit).map((item) => item.match);
}
