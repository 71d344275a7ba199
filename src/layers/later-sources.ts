// Sources the map's first picture does not need, handed to MapLibre after its first idle instead of in
// the style: its one worker indexes every GeoJSON source in turn before it cuts the projects' first
// tiles, so each source given at the start delays the first picture by its own indexing.
// - the outlines (`project-outlines`): drawn only where something is highlighted (project-highlight.ts);
// - the names of points, lines and zones: drawn from zoom 9.5 (project-label-layers.ts), while the whole
//   city is framed below that on a laptop or a phone.
// At 10,000 projects this brought the first idle ≈ 1 s sooner (10.7 → 9.7 s, medians of 5 interleaved
// pairs). A view that starts close up (a link to a project) shows its names a moment after that idle.
import type { StyleSpecification } from "@maplibre/maplibre-gl-style-spec";
import type { FeatureCollection } from "geojson";
import { EMPTY_COLLECTION } from "./map-style";
import { PROJECT_LABEL_SOURCE, PROJECT_OUTLINE_SOURCE, ZONE_LABEL_SOURCE } from "./project-layer-ids";

export const LATER_SOURCES = [PROJECT_OUTLINE_SOURCE, PROJECT_LABEL_SOURCE, ZONE_LABEL_SOURCE] as const;

/** Each later source's data, by source id: what the map controller hands over after the first idle. */
export type LaterData = Readonly<Record<string, FeatureCollection>>;

/** The style with its later sources empty, and their data apart (a source the style lacks is left out). */
export function splitLaterSources(style: StyleSpecification): {
  style: StyleSpecification;
  later: LaterData;
} {
  const sources = { ...style.sources };
  const later: Record<string, FeatureCollection> = {};
  for (const id of LATER_SOURCES) {
    const source = sources[id];
    if (source?.type !== "geojson" || typeof source.data !== "object") continue;
    later[id] = source.data as FeatureCollection;
    sources[id] = { ...source, data: EMPTY_COLLECTION };
  }
  return { style: { ...style, sources }, later };
}
