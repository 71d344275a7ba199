// Puts the planner's own layers on the map and keeps them in step with the props: a source's data is
// replaced only when its collection changed, a style layer only when its specification changed, and
// layers no longer listed are removed. They go in below the first project layer: above the basemap and
// the planner's catchments, below the plan.
//
// A big layer is handed to MapLibre in chunks (issue 32, R4): MapLibre copies what it is given into its
// worker on the page's thread, and 1,000,000 positions at once held the page for seconds. The source
// starts empty and each chunk is added (updateData) once MapLibre's worker has taken the last, each
// copy in a task of its own; the layer's style layers go in after the last chunk, so tiles are cut
// once, from the whole layer, not again after every chunk.
import type { GeoJSONSource, LayerSpecification, Map as MapLibreMap } from "maplibre-gl";
import { CHUNK_POSITIONS, chunkFeatures, morePositionsThan } from "../geo/feature-chunks";
import { PROJECT_SOURCE } from "../layers/project-layer-ids";
import { USER_LAYER_PREFIX, type UserLayerStyle } from "../layers/user-layers";

export interface UserFeaturePick {
  layerId: string;
  // 0-based place of the feature in the layer.
  index: number;
}

const TOUCH_SLOP_PIXELS = 6; // half the side of the box a click picks from, as for projects
const EMPTY = { type: "FeatureCollection" as const, features: [] };

export class UserLayerPainter {
  private appliedData = new Map<string, unknown>();
  private appliedLayers = new Map<string, string>();
  // Sources still taking their chunks, and the data they are taking.
  private feeding = new Map<string, unknown>();

  constructor(
    private readonly map: MapLibreMap,
    // Called when a fed source has taken its last chunk, so the caller applies its layers again.
    private readonly onFed: () => void = () => undefined,
  ) {}

  // After a new style the map holds none of them: apply from scratch.
  reset(): void {
    this.appliedData.clear();
    this.appliedLayers.clear();
    this.feeding.clear();
  }

  apply(styles: readonly UserLayerStyle[]): void {
    const map = this.map;
    const wanted = new Set(styles.map((style) => style.sourceId));
    const wantedLayers = new Set(
      styles
        .filter((style) => !this.feeding.has(style.sourceId))
        .flatMap((style) => style.layers.map((layer) => layer.id)),
    );
    for (const id of [...this.appliedLayers.keys()]) {
      if (wantedLayers.has(id)) continue;
      if (map.getLayer(id)) map.removeLayer(id);
      this.appliedLayers.delete(id);
    }
    for (const id of [...this.appliedData.keys()]) {
      if (wanted.has(id)) continue;
      if (map.getSource(id)) map.removeSource(id);
      this.appliedData.delete(id);
      this.feeding.delete(id);
    }
    const before = this.firstProjectLayer();
    for (const style of styles) {
      const data = style.source.data;
      const source = map.getSource<GeoJSONSource>(style.sourceId);
      if (!source || this.appliedData.get(style.sourceId) !== data) {
        const big = morePositionsThan(data.features, CHUNK_POSITIONS);
        if (!source) map.addSource(style.sourceId, big ? { ...style.source, data: EMPTY } : style.source);
        else source.setData(big ? EMPTY : data);
        this.appliedData.set(style.sourceId, data);
        if (big) {
          for (const layer of style.layers) this.removeLayer(layer.id);
          this.feed(style.sourceId, data);
          continue;
        }
        this.feeding.delete(style.sourceId);
      }
      if (this.feeding.has(style.sourceId)) continue;
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

  // Adds the chunks one after another, each once MapLibre's worker has taken the one before (chunks
  // sent while it is busy would be merged into one big copy again). Stops when the source is removed,
  // replaced or the style reset.
  private async feed(sourceId: string, data: UserLayerStyle["source"]["data"]): Promise<void> {
    this.feeding.set(sourceId, data);
    const current = () => this.feeding.get(sourceId) === data;
    for (const features of chunkFeatures(data.features)) {
      await new Promise((next) => setTimeout(next, 0)); // a task of its own for each copy
      const source = this.map.getSource<GeoJSONSource>(sourceId);
      if (!current() || !source) return;
      await source.updateData({ add: features }).catch(() => undefined);
    }
    if (!current()) return;
    this.feeding.delete(sourceId);
    this.onFed();
  }

  private applyLayer(layer: LayerSpecification, before: string | undefined): void {
    const text = JSON.stringify(layer);
    if (this.appliedLayers.get(layer.id) === text && this.map.getLayer(layer.id)) return;
    if (this.map.getLayer(layer.id)) this.map.removeLayer(layer.id);
    this.map.addLayer(layer as Parameters<MapLibreMap["addLayer"]>[0], before);
    this.appliedLayers.set(layer.id, text);
  }

  private removeLayer(id: string): void {
    if (this.map.getLayer(id)) this.map.removeLayer(id);
    this.appliedLayers.delete(id);
  }

  private firstProjectLayer(): string | undefined {
    return this.map.getStyle().layers.find((layer) => "source" in layer && layer.source === PROJECT_SOURCE)
      ?.id;
  }
}

function rank(type: string): number {
  return type === "circle" ? 0 : type === "line" ? 1 : 2;
}
