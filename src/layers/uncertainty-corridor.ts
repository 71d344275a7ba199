// Uncertainty drawn as it is: a schematic or approximate geometry gets a soft corridor as wide, on the
// ground, as its stated uncertainty (PRECISION_UNCERTAINTY_METRES), so close up it reads as a band, not
// a surveyed line. Widths are screen pixels that double with each zoom level, as ground distances do.
import type { ExpressionSpecification } from "@maplibre/maplibre-gl-style-spec";
import { PRECISION_UNCERTAINTY_METRES, type Precision } from "../data/project-schema";
import { MAP_LIMITS } from "../geo/camera";

// The latitude the ground scale is taken at: the middle of Jiaxing (degrees north). Across the city
// (30.4–31.0 °N) the scale differs from it by under 0.4 %.
export const CORRIDOR_LATITUDE = 30.75;
// Web-mercator ground metres per pixel at zoom 0 on the equator for MapLibre's 512-pixel tiles.
const EQUATOR_METRES_PER_PIXEL_AT_ZOOM_0 = 40_075_016.686 / 512;
// Past this band width (pixels) the centre line would claim a precision the data does not have.
export const CENTRE_LINE_FADE_PIXELS = 40;
// The centre line's opacity once faded: a trace stays so the status colour and dashes still read.
export const FADED_CENTRE_LINE_OPACITY = 0.15;
// Precisions drawn with a corridor; exact features stay crisp at every zoom the map allows.
export const CORRIDOR_PRECISIONS: readonly Precision[] = ["schematic", "approximate"];

export function metresPerPixel(zoom: number, latitude = CORRIDOR_LATITUDE): number {
  return (EQUATOR_METRES_PER_PIXEL_AT_ZOOM_0 * Math.cos((latitude * Math.PI) / 180)) / 2 ** zoom;
}

// How wide (pixels) a band of the precision's uncertainty is at a zoom.
export function corridorPixels(precision: Precision, zoom: number): number {
  return PRECISION_UNCERTAINTY_METRES[precision] / metresPerPixel(zoom);
}

// The zoom at which the precision's band becomes CENTRE_LINE_FADE_PIXELS wide.
export function fadeZoom(precision: Precision): number {
  return Math.log2((CENTRE_LINE_FADE_PIXELS * metresPerPixel(0)) / PRECISION_UNCERTAINTY_METRES[precision]);
}

function byPrecision(values: (precision: Precision) => number): ExpressionSpecification {
  return [
    "match",
    ["get", "precision"],
    ...CORRIDOR_PRECISIONS.flatMap((precision) => [precision, round(values(precision))]),
    0,
  ] as unknown as ExpressionSpecification;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

// Pixels across the band at every zoom, times `share` (1 for the full width, less for a blur or a
// radius). Exponential base 2 between the two zoom limits reproduces the ground width exactly between
// them, since a ground distance doubles in pixels with each zoom level.
export function corridorWidthExpression(share = 1): ExpressionSpecification {
  const { minZoom, maxZoom } = MAP_LIMITS;
  return [
    "interpolate",
    ["exponential", 2],
    ["zoom"],
    minZoom,
    byPrecision((precision) => corridorPixels(precision, minZoom) * share),
    maxZoom,
    byPrecision((precision) => corridorPixels(precision, maxZoom) * share),
  ];
}

// Pixels for a distance on the ground given by an expression (e.g. a feature's property, in metres).
export function groundMetresExpression(metres: ExpressionSpecification): ExpressionSpecification {
  const { minZoom, maxZoom } = MAP_LIMITS;
  return [
    "interpolate",
    ["exponential", 2],
    ["zoom"],
    minZoom,
    ["*", metres, 1 / metresPerPixel(minZoom)],
    maxZoom,
    ["*", metres, 1 / metresPerPixel(maxZoom)],
  ];
}

// The centre line's opacity at a zoom: full until the band is CENTRE_LINE_FADE_PIXELS wide, then
// fading linearly over the next zoom level to FADED_CENTRE_LINE_OPACITY.
export function centreLineOpacity(precision: Precision, zoom: number): number {
  if (!CORRIDOR_PRECISIONS.includes(precision)) return 1;
  const progress = Math.min(1, Math.max(0, zoom - fadeZoom(precision)));
  return 1 - progress * (1 - FADED_CENTRE_LINE_OPACITY);
}

// How visible the corridor's edges are: the inverse of the centre line's fade, so as the line fades the
// limits of the band appear (0 while the band is narrow, `full` once the line has faded).
export function corridorEdgeOpacity(precision: Precision, zoom: number, full: number): number {
  if (!CORRIDOR_PRECISIONS.includes(precision)) return 0;
  return ((1 - centreLineOpacity(precision, zoom)) / (1 - FADED_CENTRE_LINE_OPACITY)) * full;
}

// A zoom-dependent opacity as an expression: linear stops at each precision's fade start and end, so
// interpolating between them reproduces `valueAt` exactly (it is linear between those zooms).
function fadeExpression(
  valueAt: (precision: Precision, zoom: number) => number,
  other: number,
): ExpressionSpecification {
  const stops = [
    ...new Set(
      CORRIDOR_PRECISIONS.flatMap((precision) => [fadeZoom(precision), fadeZoom(precision) + 1].map(round)),
    ),
  ].sort((a, b) => a - b);
  return [
    "interpolate",
    ["linear"],
    ["zoom"],
    ...stops.flatMap((zoom) => [
      zoom,
      [
        "match",
        ["get", "precision"],
        ...CORRIDOR_PRECISIONS.flatMap((precision) => [precision, round(valueAt(precision, zoom))]),
        other,
      ],
    ]),
  ] as unknown as ExpressionSpecification;
}

// line-opacity of centre lines, casings and zone outlines; exact features keep full opacity.
export function centreLineOpacityExpression(): ExpressionSpecification {
  return fadeExpression(centreLineOpacity, 1);
}

export function corridorEdgeOpacityExpression(full: number): ExpressionSpecification {
  return fadeExpression((precision, zoom) => corridorEdgeOpacity(precision, zoom, full), 0);
}
