// A planner's own layers as MapLibre data: one GeoJSON source per layer and a fill, a line and a
// circle layer reading it, in the layer's palette colour. They are drawn above the basemap and below
// the plan's projects (the map controller inserts them before the first project layer), so the plan
// stays readable on top of a dense user layer.
import type {
  ExpressionSpecification,
  GeoJSONSourceSpecification,
  LayerSpecification,
} from "@maplibre/maplibre-gl-style-spec";
import type { Feature, FeatureCollection } from "geojson";
import { morePositionsThan } from "../geo/feature-chunks";
import { type Theme, USER_LAYER_PALETTE } from "./theme";

export const USER_LAYER_PREFIX = "user-layer-";

// What the map needs to know of one user layer.
export interface UserLayerView {
  id: string;
  colourIndex: number;
  visible: boolean;
  features: FeatureCollection;
}

// One layer as the map controller applies it: its source and the style layers that read it.
export interface UserLayerStyle {
  sourceId: string;
  source: GeoJSONSourceSpecification & { data: FeatureCollection };
  layers: LayerSpecification[];
}

export function userLayerColour(colourIndex: number): string {
  const size = USER_LAYER_PALETTE.length;
  return USER_LAYER_PALETTE[((colourIndex % size) + size) % size] as string;
}

export function userLayerSourceId(id: string): string {
  return `${USER_LAYER_PREFIX}${id}`;
}

const POLYGONS: ExpressionSpecification = ["in", ["geometry-type"], ["literal", ["Polygon", "MultiPolygon"]]];
const POINTS: ExpressionSpecification = ["in", ["geometry-type"], ["literal", ["Point", "MultiPoint"]]];
const NOT_POINTS: ExpressionSpecification = ["!", POINTS];

export function userLayerStyle(layer: UserLayerView, theme: Theme): UserLayerStyle {
  const sourceId = userLayerSourceId(layer.id);
  const colour = userLayerColour(layer.colourIndex);
  const visibility = layer.visible ? "visible" : "none";
  const s = theme.scale;
  return {
    sourceId,
    // Simplified to 1 px at each zoom (MapLibre's default is 0.375): a dense layer then uploads about
    // half the vertices per tile, invisible at the zoom drawn (issue 32, R4: a 1,000,000-position layer).
    source: { type: "geojson", data: pickableData(layer.features), tolerance: 1 },
    layers: [
      {
        id: `${sourceId}-fill`,
        type: "fill",
        source: sourceId,
        filter: POLYGONS,
        layout: { visibility },
        // Pale enough that county borders and the plan's zones read through a user's polygons.
        paint: { "fill-color": colour, "fill-opacity": 0.22 },
      },
      {
        id: `${sourceId}-line`,
        type: "line",
        source: sourceId,
        // Lines, and the outlines of polygons (a fill's own outline is 1 px and cannot be widened).
        filter: NOT_POINTS,
        layout: { visibility, ...lineShape(layer.features) },
        paint: { "line-color": colour, "line-width": 2 * s },
      },
      {
        id: `${sourceId}-point`,
        type: "circle",
        source: sourceId,
        filter: POINTS,
        layout: { visibility },
        // 5 px at the city's zoom: seen beside the plan's markers, and with the pick box a target a
        // finger finds; 7 px close up.
        paint: {
          "circle-radius": ["interpolate", ["linear"], ["zoom"], 8, 4 * s, 10, 5 * s, 14, 7 * s],
          "circle-color": colour,
          "circle-stroke-color": theme.markerStroke,
          "circle-stroke-width": 1.5 * s,
        },
      },
    ],
  };
}

// Above this many positions a layer's lines are drawn with mitred joins and flat ends (issue 32, R4).
// A round join is a fan of extra vertices at every bend: for 1,000,000 positions of winding lines that
// doubled the buffer of a tile at the city's zoom, and MapLibre uploads a tile's buffer in one call, which
// held the page for 1.0 s in software WebGL (longest task 173 ms with mitred joins). At 2 px the shape
// of a join or an end is hardly visible; smaller layers keep their round ones.
export const DENSE_POSITIONS = 100_000;
const DENSE = new WeakMap<FeatureCollection, boolean>();

export function lineShape(features: FeatureCollection): {
  "line-join": "round" | "miter";
  "line-cap": "round" | "butt";
} {
  let dense = DENSE.get(features);
  if (dense === undefined) {
    dense = morePositionsThan(features.features, DENSE_POSITIONS);
    DENSE.set(features, dense);
  }
  return dense ? { "line-join": "miter", "line-cap": "butt" } : { "line-join": "round", "line-cap": "round" };
}

export function userLayerStyles(layers: readonly UserLayerView[], theme: Theme): UserLayerStyle[] {
  return layers.map((layer) => userLayerStyle(layer, theme));
}

// The layer's features with their place in the layer (0-based) as the feature id, which MapLibre keeps
// for numbers: a click then names the feature exactly, even when several share a name. Geometry only:
// the style reads no property and the details come from the layer itself, while MapLibre copies every
// object it is given into its worker on the main thread (half of a 50,000-row import's longest task
// was the properties). Cached per collection, so toggling or recolouring a layer never hands the map a
// new copy of 50,000 points.
const PICKABLE = new WeakMap<FeatureCollection, FeatureCollection>();

export function pickableData(features: FeatureCollection): FeatureCollection {
  let data = PICKABLE.get(features);
  if (!data) {
    data = {
      type: "FeatureCollection",
      features: features.features.map(
        (feature, index): Feature => ({
          type: "Feature",
          id: index,
          geometry: feature.geometry,
          properties: {},
        }),
      ),
    };
    PICKABLE.set(features, data);
  }
  return data;
}

// The user-layer style layers a click may pick, for a list of applied source ids.
export function userLayerIdsOf(style: UserLayerStyle): string[] {
  return style.layers.map((layer) => layer.id);
}
