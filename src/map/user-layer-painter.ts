// Puts the planner's own layers on the map and keeps them in step with the props: a source's data is
// replaced only when its collection changed, a style layer only when its specification changed, and
// layers no longer listed are removed. They go in below the first project layer: above the basemap and
// the planner's catchments, below the plan.
import type { GeoJSONSource, LayerSpecification, Map as MapLibreMap } from "maplibre-gl";
import { PROJECT_SOURCE } from "../layers/project-layer-ids";
import { USER_LAYER_PREFIX, type UserLayerStyle } from "../layers/user-layers";

export interface UserFeaturePick {
  layerId: string;
  // 0-based place of the feature in the layer.
  index: number;
}

const TOUCH_SLOP_PIXELS = 6; // half the side of the box a click picks from, as for projects

export class UserLayerPainter {
  private appliedData = new Map<string, unknown>();
  private appliedLayers = new Map<string, string>();

  constructor(private readonly map: MapLibreMap) {}

  // After a new style the map holds none of them: apply from scratch.
  reset(): void {
    this.appliedData.clear();
    this.appliedLayers.clear();
  }

  apply(styles: readonly UserLayerStyle[]): void {
    const map = this.map;
    const wanted = new Set(styles.map((style) => style.sourceId));
    const wantedLayers = new Set(styles.flatMap((style) => style.layers.map((layer) => layer.id)));
    for (const id of [...this.appliedLayers.keys()]) {
      if (wantedLayers.has(id)) continue;
      if (map.getLayer(id)) map.removeLayer(id);
      this.appliedLayers.delete(id);
    }
    for (const id of [...this.appliedData.keys()]) {
      if (wanted.has(id)) continue;
      if (map.getSource(id)) map.removeSource(id);
      this.appliedData.delete(id);
    }
    const before = this.firstProjectLayer();
    for (const style of styles) {
      const source = map.getSource<GeoJSONSource>(style.sourceId);
      if (!source) map.addSource(style.sourceId, style.source);
      else if (this.appliedData.get(style.sourceId) !== style.source.data) source.setData(style.source.data);
      this.appliedData.set(style.sourceId, style.source.data);
      for (const layer of style.layers) this.applyLayer(layer, before);
    }
    if (styles.length > 0) map.getContainer().dataset.idle = "false";
  }

  // The user feature under a click, the topmost first; null when there is none.
  featureAt(point: { x: number; y: number }): UserFeaturePick | null {
    const layers = [...this.appliedLayers.keys()].filter((id) => this.map.getLayer(id));
    if (layers.length === 0) return null;
    const box: [[number, number], [number, number]] = [
      [point.x - TOUCH_SLOP_PIXELS, point.y - TOUCH_SLOP_PIXELS],
      [point.x + TOUCH_SLOP_PIXELS, point.y + TOUCH_SLOP_PIXELS],
    ];
    const found = this.map.queryRenderedFeatures(box, { layers });
    // Points and lines before a polygon the click is merely inside.
    const ordered = [...found].sort((a, b) => rank(a.layer.type) - rank(b.layer.type));
    for (const feature of ordered) {
      if (typeof feature.id !== "number" || !feature.source.startsWith(USER_LAYER_PREFIX)) continue;
      return { layerId: feature.source.slice(USER_LAYER_PREFIX.length), index: feature.id };
    }
    return null;
  }

  private applyLayer(layer: LayerSpecification, before: string | undefined): void {
    const text = JSON.stringify(layer);
    if (this.appliedLayers.get(layer.id) === text && this.map.getLayer(layer.id)) return;
    if (this.map.getLayer(layer.id)) this.map.removeLayer(layer.id);
    this.map.addLayer(layer as Parameters<MapLibreMap["addLayer"]>[0], before);
    this.appliedLayers.set(layer.id, text);
  }

  private firstProjectLayer(): string | undefined {
    return this.map.getStyle().layers.find((layer) => "source" in layer && layer.source === PROJECT_SOURCE)
      ?.id;
  }
}

function rank(type: string): number {
  return type === "circle" ? 0 : type === "line" ? 1 : 2;
}
