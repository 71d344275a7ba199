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
import { corridorData, DISC_RADIUS_PROPERTY } from "./corridor-data";
import { shownOpacity, type VisibilityMode } from "./project-visibility";
import {
  CORRIDOR_PRECISIONS,
  corridorEdgeOpacityExpression,
  corridorWidthExpression,
  groundMetresExpression,
} from "./uncertainty-corridor";

export const CORRIDOR_SOURCE = "project-corridors";
// At zoom 17 the buffer of a zoom-10 tile is 128 × 2^7 = 16,384 pixels; the widest band's half is about
// 3,900 pixels there.
export const CORRIDOR_SOURCE_MAX_ZOOM = 10;
// The band is a flat tint with a soft rim (pixels). A blur that grows with the band would be smoother,
// but MapLibre blurs round joins and caps per triangle, which turns a wide blur into star-shaped rays.
const BAND_BLUR_PIXELS = 6;
// Round joins and caps are triangle fans that overlap themselves; in a translucent band several hundred
// pixels wide the overlaps show as dark rays. Mitred joins (bevelled past MapLibre's miter limit) and
// butt caps do not overlap.
const BAND_LAYOUT = { "line-cap": "butt", "line-join": "miter" } as const;
const BAND_OPACITY = 0.13;
// Close up, the band's two limits are drawn as thin dashed lines (pixels, opacity): they appear as the
// centre line fades, so the corridor still reads as one when it is wider than the screen.
const EDGE_WIDTH_PIXELS = 1.5;
const EDGE_OPACITY = 0.7;

export function corridorSource(projects: FeatureCollection): SourceSpecification {
  return {
    type: "geojson",
    data: corridorData(projects),
    maxzoom: CORRIDOR_SOURCE_MAX_ZOOM,
    tolerance: 0.4,
    // A project's bands carry its `hidden` feature state, as its shapes do (project-visibility.ts).
    promoteId: "id",
  };
}

export const HAS_CORRIDOR: ExpressionSpecification = [
  "in",
  ["get", "precision"],
  ["literal", [...CORRIDOR_PRECISIONS]],
];

interface CorridorLayerIds {
  line: string;
  lineEdge: string;
  zone: string;
  point: string;
}

// `lineFilter` etc. already hold the visibility expression; `colour` is the status colour expression.
export function corridorLayers(
  ids: CorridorLayerIds,
  filters: { line: FilterSpecification; zone: FilterSpecification; point: FilterSpecification },
  colour: ExpressionSpecification,
  mode: VisibilityMode = "feature-state",
): Record<keyof CorridorLayerIds, LayerSpecification> {
  const band = {
    "line-color": colour,
    "line-opacity": shownOpacity(BAND_OPACITY, mode),
    "line-width": corridorWidthExpression(),
    "line-blur": BAND_BLUR_PIXELS,
  };
  return {
    line: {
      id: ids.line,
      type: "line",
      source: CORRIDOR_SOURCE,
      filter: ["all", filters.line, HAS_CORRIDOR] as FilterSpecification,
      layout: BAND_LAYOUT,
      paint: band,
    },
    lineEdge: {
      id: ids.lineEdge,
      type: "line",
      source: CORRIDOR_SOURCE,
      filter: ["all", filters.line, HAS_CORRIDOR] as FilterSpecification,
      layout: BAND_LAYOUT,
      paint: {
        "line-color": colour,
        "line-opacity": shownOpacity(corridorEdgeOpacityExpression(EDGE_OPACITY), mode),
        "line-width": EDGE_WIDTH_PIXELS,
        "line-gap-width": corridorWidthExpression(),
        "line-dasharray": [4, 3],
      },
    },
    // A zone without a published boundary: the band runs along the drawn edge, where the real one may be.
    zone: {
      id: ids.zone,
      type: "line",
      source: CORRIDOR_SOURCE,
      filter: ["all", filters.zone, HAS_CORRIDOR] as FilterSpecification,
      layout: BAND_LAYOUT,
      paint: band,
    },
    // A site placed in its district, or a zone too small for a band: a soft disc (corridor-data.ts).
    point: {
      id: ids.point,
      type: "circle",
      source: CORRIDOR_SOURCE,
      filter: ["all", filters.point, HAS_CORRIDOR] as FilterSpecification,
      paint: {
        "circle-color": colour,
        "circle-opacity": shownOpacity(BAND_OPACITY * 1.5, mode),
        "circle-radius": groundMetresExpression(["get", DISC_RADIUS_PROPERTY]),
        "circle-blur": 0.5,
      },
    },
  };
}
