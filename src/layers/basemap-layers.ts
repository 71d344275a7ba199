// The embedded basemap: sea as the background, land, neighbouring cities, Jiaxing's seven counties and
// place labels. Calm and neutral by design so the project layers stand out.
import type { LayerSpecification } from "@maplibre/maplibre-gl-style-spec";
import type { BasemapSourceName } from "../data/basemap-schema";
import { LOCALISED_NAME } from "./label-text";
import { LABEL_FONT, type Theme } from "./theme";

// Derived at load time from the counties (see data/county-label-points.ts), not a file of its own.
export const COUNTY_LABEL_SOURCE = "basemap-county-labels";

export function basemapSourceId(name: BasemapSourceName): string {
  return `basemap-${name}`;
}

export function basemapLayers(theme: Theme): LayerSpecification[] {
  const halo = { "text-halo-color": theme.labelHalo, "text-halo-width": 1.6 * theme.scale };
  return [
    { id: "sea", type: "background", paint: { "background-color": theme.sea } },
    { id: "land", type: "fill", source: basemapSourceId("land"), paint: { "fill-color": theme.land } },
    {
      id: "neighbour-fill",
      type: "fill",
      source: basemapSourceId("neighbours"),
      paint: { "fill-color": theme.neighbourFill },
    },
    {
      id: "neighbour-line",
      type: "line",
      source: basemapSourceId("neighbours"),
      paint: { "line-color": theme.neighbourLine, "line-width": 0.8 * theme.scale },
    },
    {
      id: "county-fill",
      type: "fill",
      source: basemapSourceId("counties"),
      paint: { "fill-color": theme.countyFill },
    },
    {
      id: "county-line",
      type: "line",
      source: basemapSourceId("counties"),
      paint: {
        "line-color": theme.countyLine,
        "line-width": ["interpolate", ["linear"], ["zoom"], 8, 0.6 * theme.scale, 12, 1.4 * theme.scale],
        "line-dasharray": [3, 2],
      },
    },
    {
      id: "city-outline",
      type: "line",
      source: basemapSourceId("city-outline"),
      paint: {
        "line-color": theme.cityOutline,
        "line-width": ["interpolate", ["linear"], ["zoom"], 8, 1.4 * theme.scale, 12, 2.6 * theme.scale],
      },
    },
    {
      id: "neighbour-label",
      type: "symbol",
      source: basemapSourceId("neighbour-labels"),
      layout: {
        "text-field": LOCALISED_NAME,
        "text-font": [LABEL_FONT],
        "text-size": 13 * theme.scale,
        "text-letter-spacing": 0.08,
        "text-padding": 8,
      },
      paint: { "text-color": theme.labelMutedText, ...halo },
    },
    {
      id: "place-label",
      type: "symbol",
      source: basemapSourceId("places"),
      minzoom: 8,
      filter: ["!=", ["get", "kind"], "city"],
      layout: {
        "text-field": LOCALISED_NAME,
        "text-font": [LABEL_FONT],
        "text-size": ["interpolate", ["linear"], ["zoom"], 9, 10.5 * theme.scale, 13, 13 * theme.scale],
        "symbol-sort-key": ["get", "rank"],
        "text-variable-anchor": ["top", "bottom", "left", "right"],
        "text-radial-offset": 0.5,
        "text-optional": true,
        "text-padding": 4,
      },
      paint: { "text-color": theme.labelMutedText, ...halo },
    },
    {
      id: "place-dot",
      type: "circle",
      source: basemapSourceId("places"),
      minzoom: 8,
      filter: ["==", ["get", "kind"], "county-seat"],
      paint: {
        "circle-radius": 2.5 * theme.scale,
        "circle-color": theme.labelMutedText,
        "circle-stroke-color": theme.labelHalo,
        "circle-stroke-width": 1,
      },
    },
  ];
}

// County names sit above the project layers: at the city-wide zoom they win label placement, and
// project labels that would collide with them give way.
export function countyLabelLayers(theme: Theme): LayerSpecification[] {
  const halo = { "text-halo-color": theme.labelHalo, "text-halo-width": 1.6 * theme.scale };
  return [
    {
      id: "county-label",
      type: "symbol",
      source: COUNTY_LABEL_SOURCE,
      layout: {
        "text-field": LOCALISED_NAME,
        "text-font": [LABEL_FONT],
        "text-size": ["interpolate", ["linear"], ["zoom"], 8, 13 * theme.scale, 12, 18 * theme.scale],
        "text-letter-spacing": 0.12,
        "text-padding": 6,
      },
      paint: { "text-color": theme.labelText, ...halo },
    },
  ];
}
