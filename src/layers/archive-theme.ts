// A PMTiles basemap in the app's own look: its land and sea take the theme's colours, so it continues
// the embedded basemap without a seam at the edge of the archive's box, and its lakes, rivers and canals
// a calm blue of the theme's (the Protomaps flavours' bright water would compete with the status
// colours); its names grow with the theme's scale, as every other label does in the presentation.
import type { LayerSpecification } from "@maplibre/maplibre-gl-style-spec";
import type { Theme } from "./theme";

// Water the embedded basemap draws as sea (Protomaps' kinds of the open water's polygons and names).
const OCEAN_KINDS = ["ocean", "sea", "bay", "strait", "fjord"];

// The flavour's own colours for land and water, as the archive's layers were built with them.
export interface GroundColours {
  earth: string;
  water: string;
}

export function themedArchiveLayers(
  layers: readonly LayerSpecification[],
  ground: GroundColours,
  theme: Theme,
): LayerSpecification[] {
  const colours = new Map([
    [ground.earth, theme.land],
    [ground.water, theme.inlandWater],
  ]);
  return layers.map((layer) => {
    const themed = { ...layer } as LayerSpecification & { paint?: object; layout?: Record<string, unknown> };
    if ("paint" in layer && layer.paint) themed.paint = recoloured(layer.paint, colours);
    if (layer.id.endsWith("-water") && layer.type === "fill")
      themed.paint = {
        ...themed.paint,
        "fill-color": ["match", ["get", "kind"], OCEAN_KINDS, theme.sea, theme.inlandWater],
      };
    if (layer.id.endsWith("-water_label_ocean"))
      themed.paint = { ...themed.paint, "text-halo-color": theme.sea };
    const size = themed.layout?.["text-size"];
    if (size !== undefined && theme.scale !== 1)
      themed.layout = { ...themed.layout, "text-size": scaled(size, theme.scale) };
    return themed;
  });
}

// Every use of the flavour's land or water colour, wherever it sits in an expression (fills, halos).
function recoloured<T>(value: T, colours: Map<string, string>): T {
  if (typeof value === "string") return (colours.get(value) ?? value) as T;
  if (Array.isArray(value)) return value.map((inner) => recoloured(inner, colours)) as T;
  if (typeof value === "object" && value !== null)
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [key, recoloured(inner, colours)]),
    ) as T;
  return value;
}

// A text size times `factor`: a number, or each output of a zoom interpolation (outputs at the even
// places from 4: ["interpolate", type, ["zoom"], stop, output, …]).
function scaled(size: unknown, factor: number): unknown {
  if (typeof size === "number") return size * factor;
  if (Array.isArray(size) && size[0] === "interpolate")
    return size.map((part, index) => (index >= 4 && index % 2 === 0 ? scaled(part, factor) : part));
  return ["*", size, factor];
}
