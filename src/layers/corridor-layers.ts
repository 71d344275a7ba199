// The uncertainty corridors under the project lines, zone edges and markers (see uncertainty-corridor.ts).
// Lines and zone edges read a second copy of the projects, tiled only up to CORRIDOR_SOURCE_MAX_ZOOM:
// MapLibre clips a line to its tile plus a buffer of 128 of 512 pixels, which a band several hundred
// pixels wide would overrun as a hard edge at street zooms; over-zoomed tiles scale that buffer too.
import type {
  ExpressionSpecification,
  FilterSpecification,
  LayerSpecification,
  SourceSpecification,
} from "@maplibre/maplibre-gl-style-spec";
import type { FeatureCollection } from "geojson";
import { CORRIDOR_PRECISIONS, corridorWidthExpression } from "./uncertainty-corridor";

export const CORRIDOR_SOURCE = "project-corridors";
// At zoom 17 the buffer of a zoom-10 tile is 128 × 2^7 = 16,384 pixels; the widest band's half is about
// 3,900 pixels there.
export const CORRIDOR_SOURCE_MAX_ZOOM = 10;
// How much of the band's width is a soft ramp on each side (MapLibre's line-blur, as a share of the full
// width): 0.35 leaves a faint core and fades to nothing at the edge of the stated uncertainty.
const BLUR_SHARE = 0.35;
const BAND_OPACITY = 0.16;

export function corridorSource(projects: FeatureCollection): SourceSpecification {
  return { type: "geojson", data: projects, maxzoom: CORRIDOR_SOURCE_MAX_ZOOM, tolerance: 0.4 };
}

export const HAS_CORRIDOR: ExpressionSpecification = [
  "in",
  ["get", "precision"],
  ["literal", [...CORRIDOR_PRECISIONS]],
];

interface CorridorLayerIds {
  line: string;
  zone: string;
  point: string;
}

// `lineFilter` etc. already hold the visibility expression; `colour` is the status colour expression.
export function corridorLayers(
  ids: CorridorLayerIds,
  filters: { line: FilterSpecification; zone: FilterSpecification; point: FilterSpecification },
  colour: ExpressionSpecification,
  pointSource: string,
): { line: LayerSpecification; zone: LayerSpecification; point: LayerSpecification } {
  const band = {
    "line-color": colour,
    "line-opacity": BAND_OPACITY,
    "line-width": corridorWidthExpression(),
    "line-blur": corridorWidthExpression(BLUR_SHARE),
  };
  return {
    line: {
      id: ids.line,
      type: "line",
      source: CORRIDOR_SOURCE,
      filter: ["all", filters.line, HAS_CORRIDOR] as FilterSpecification,
      layout: { "line-cap": "round", "line-join": "round" },
      paint: band,
    },
    // A zone without a published boundary: the band runs along the drawn edge, where the real one may be.
    zone: {
      id: ids.zone,
      type: "line",
      source: CORRIDOR_SOURCE,
      filter: ["all", filters.zone, HAS_CORRIDOR] as FilterSpecification,
      layout: { "line-join": "round" },
      paint: band,
    },
    // A site placed in its district: a disc as wide as the uncertainty (circles are not clipped to tiles).
    point: {
      id: ids.point,
      type: "circle",
      source: pointSource,
      filter: ["all", filters.point, HAS_CORRIDOR] as FilterSpecification,
      paint: {
        "circle-color": colour,
        "circle-opacity": BAND_OPACITY * 1.5,
        "circle-radius": corridorWidthExpression(0.5),
        "circle-blur": 0.7,
      },
    },
  };
}
