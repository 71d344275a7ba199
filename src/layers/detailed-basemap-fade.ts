// Close up over a detailed basemap, the projects must not hide the ground: around 嘉兴南站 six schematic
// corridors overlap, and at zoom 13–14 their tints would cover the streets, water and names a reader
// places them by. So the wide tints — uncertainty bands, site discs, zone fills — fade between
// FADE_FROM_ZOOM and FADE_TO_ZOOM, and the projects read by their outlines: the bands' dashed limits
// (which appear as the centre lines fade, uncertainty-corridor.ts), the zones' edges and the markers.
// Over the embedded basemap, which has nothing to show through, nothing changes.
import type { LayerSpecification } from "@maplibre/maplibre-gl-style-spec";
import { PROJECT_LAYER } from "./project-layer-ids";

// Web-mercator zooms: at 11 a town fills the screen and the tints still read as areas; by 13 streets
// and buildings are what a reader looks at.
export const FADE_FROM_ZOOM = 11;
export const FADE_TO_ZOOM = 13;
// What is left of a tint's opacity from FADE_TO_ZOOM: the six bands that overlap at 嘉兴南站 (0.13
// each) then veil ≈ 15 % of the ground beneath them instead of ≈ 57 %.
export const FADED_SHARE = 0.2;

// Each faded layer and its opacity property.
const FADED_OPACITY: Record<string, string> = {
  [PROJECT_LAYER.zoneFill]: "fill-opacity",
  [PROJECT_LAYER.zoneHalo]: "line-opacity",
  [PROJECT_LAYER.lineHalo]: "line-opacity",
  [PROJECT_LAYER.pointHalo]: "circle-opacity",
};

export const FADED_LAYER_IDS: readonly string[] = Object.keys(FADED_OPACITY);

/** The project layers with their wide tints fading close up; the others as they are. */
export function fadeOverDetailedBasemap(layers: readonly LayerSpecification[]): LayerSpecification[] {
  return layers.map((layer) => {
    const property = FADED_OPACITY[layer.id];
    if (!property || !("paint" in layer) || !layer.paint) return layer;
    const paint = layer.paint as Record<string, unknown>;
    const opacity = paint[property] ?? 1;
    // A zoom expression may only be the outermost one: an opacity that already varies with zoom would
    // need its own stops merged, which no faded layer needs today.
    if (JSON.stringify(opacity).includes('["zoom"]')) {
      throw new Error(`${layer.id}: ${property} already depends on zoom; fade it by hand`);
    }
    const faded =
      typeof opacity === "number" ? opacity * FADED_SHARE : ["*", opacity as unknown, FADED_SHARE];
    return {
      ...layer,
      paint: {
        ...paint,
        [property]: ["interpolate", ["linear"], ["zoom"], FADE_FROM_ZOOM, opacity, FADE_TO_ZOOM, faded],
      },
    } as LayerSpecification;
  });
}
