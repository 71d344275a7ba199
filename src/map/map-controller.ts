// The one place that talks to MapLibre. Components hand it data and state; it never decides what is
// shown — filters arrive as global state, layers as a finished style from src/layers.
import {
  AttributionControl,
  type GeoJSONSource,
  type LngLatBoundsLike,
  type MapGeoJSONFeature,
  Map as MapLibreMap,
  NavigationControl,
  ScaleControl,
  type StyleSpecification,
} from "maplibre-gl";
import "maplibre-gl/dist/maplibre-gl.css";
import "./bundled-assets";
import type { FeatureCollection } from "geojson";
import { ONLINE_PREFIX } from "../layers/online-basemap";
import type { PlannerOverlayName } from "../layers/planner-layers";
import { PICKABLE_ZONE_KM2, POINT_AND_LINE_LAYERS, ZONE_FILL_LAYER } from "../layers/project-layers";
import type { Camera } from "../state/view-state";
import { watchBasemap } from "./basemap-watchdog";
import { DrawController, type DrawEvent, type DrawMode } from "./draw-controller";

const TOUCH_SLOP_PIXELS = 6;

export interface MapCallbacks {
  onSelect: (id: string | null) => void;
  onHover: (id: string | null) => void;
  onCameraChange: (camera: Camera) => void;
  onFirstIdle: () => void;
  onError: (message: string) => void;
  onDraw?: (event: DrawEvent) => void; // planner sketches: each corner, the finish and a cancel
}

export interface MapOptions {
  container: HTMLElement;
  style: StyleSpecification;
  camera: Camera | null;
  homeBounds: [number, number, number, number]; // west, south, east, north in degrees
  globalState: Record<string, unknown>;
  cooperativeGestures: boolean;
  reducedMotion: boolean;
  locale: Record<string, string>;
}

export class MapController {
  readonly map: MapLibreMap;
  private globalState: Record<string, unknown> = {};
  private styleReady = false;
  private hoveredId: string | null = null;
  private reducedMotion: boolean;
  private readonly draw: DrawController;
  // Planner overlay data, kept to put back after a new style (theme, basemap) resets the sources.
  private overlays: Partial<Record<PlannerOverlayName, FeatureCollection>> = {};

  constructor(
    options: MapOptions,
    private readonly callbacks: MapCallbacks,
  ) {
    this.reducedMotion = options.reducedMotion;
    const camera = options.camera;
    this.map = new MapLibreMap({
      container: options.container,
      style: options.style,
      ...(camera
        ? { center: [camera.longitude, camera.latitude], zoom: camera.zoom }
        : { bounds: options.homeBounds as LngLatBoundsLike, fitBoundsOptions: { padding: 24 } }),
      attributionControl: false,
      cooperativeGestures: options.cooperativeGestures,
      locale: options.locale,
      maxBounds: [
        [117.5, 28.5],
        [124.5, 33.5],
      ],
      minZoom: 6,
      maxZoom: 17,
      dragRotate: false,
      pitchWithRotate: false,
      // Draw Chinese with the bundled Noto Sans SC too, not the machine's own fonts: labels then look the
      // same on every computer, with or without CJK fonts installed.
      localIdeographFontFamily: false,
      canvasContextAttributes: { preserveDrawingBuffer: true },
    });
    this.map.touchZoomRotate.disableRotation();
    this.map.addControl(new NavigationControl({ showCompass: false }), "top-right");
    this.map.addControl(new ScaleControl({ unit: "metric", maxWidth: 120 }), "bottom-right");
    this.map.addControl(new AttributionControl({ compact: true }), "bottom-right");
    this.setGlobalState(options.globalState);
    this.bindEvents();
    this.draw = new DrawController(this.map, (event) => this.callbacks.onDraw?.(event));
    // Read-only handle for browser tests and debugging in the console: the container element carries
    // the map, so nothing global is added to window.
    Object.defineProperty(options.container, "maplibreMap", { value: this.map, configurable: true });
  }

  private bindEvents(): void {
    const map = this.map;
    map.once("idle", () => {
      // Once per page: tests and the benchmark key on it (React's strict mode may mount the map twice).
      if (performance.getEntriesByName("map:idle").length === 0) performance.mark("map:idle");
      collapseAttributionOnSmallScreens(map.getContainer());
      this.callbacks.onFirstIdle();
    });
    // data-idle on the container tells tests and the benchmark when a change has been drawn.
    const container = map.getContainer();
    map.on("style.load", () => {
      this.styleReady = true;
      for (const [key, value] of Object.entries(this.globalState)) map.setGlobalStateProperty(key, value);
      this.applyOverlays();
    });
    map.on("idle", () => {
      container.dataset.idle = "true";
    });
    map.on("movestart", () => {
      container.dataset.idle = "false";
    });
    map.on("error", (event) => {
      // Online basemap tiles fail often and harmlessly; the basemap watchdog decides about those.
      const sourceId = (event as { sourceId?: string }).sourceId;
      if (sourceId?.startsWith(ONLINE_PREFIX)) return;
      this.callbacks.onError(event.error?.message ?? "unknown map error");
    });
    map.on("moveend", () => {
      const center = map.getCenter();
      this.callbacks.onCameraChange({ longitude: center.lng, latitude: center.lat, zoom: map.getZoom() });
    });
    // While the planner sketches, clicks add corners (draw-controller.ts) instead of picking projects.
    map.on("click", (event) => {
      if (!this.draw.active) this.callbacks.onSelect(this.projectAt(event.point));
    });
    map.on("mousemove", (event) => {
      if (this.draw.active) return;
      const id = this.projectAt(event.point);
      map.getCanvas().style.cursor = id ? "pointer" : "";
      if (id !== this.hoveredId) {
        this.hoveredId = id;
        this.callbacks.onHover(id);
      }
    });
    map
      .getCanvas()
      .addEventListener("webglcontextlost", () =>
        this.callbacks.onError(
          "The browser lost the map's WebGL context; reload the page to redraw the map.",
        ),
      );
  }

  // Points and lines win over zones, within a finger-sized box (px); a zone is picked from inside only
  // when it is smaller than a county, so a click on empty land does not open a prefecture-sized zone.
  private projectAt(point: { x: number; y: number }): string | null {
    const box: [[number, number], [number, number]] = [
      [point.x - TOUCH_SLOP_PIXELS, point.y - TOUCH_SLOP_PIXELS],
      [point.x + TOUCH_SLOP_PIXELS, point.y + TOUCH_SLOP_PIXELS],
    ];
    const near = this.map.queryRenderedFeatures(box, { layers: [...POINT_AND_LINE_LAYERS] });
    if (near.length > 0) return featureId(near[0]);
    const inside = this.map.queryRenderedFeatures([point.x, point.y], {
      layers: [ZONE_FILL_LAYER],
      filter: ["<", ["get", "area_km2"], PICKABLE_ZONE_KM2],
    });
    return featureId(inside[0]);
  }

  // Only changed keys reach MapLibre: each change re-evaluates the layers that read that key.
  setGlobalState(state: Record<string, unknown>): void {
    for (const [key, value] of Object.entries(state)) {
      if (JSON.stringify(this.globalState[key]) === JSON.stringify(value)) continue;
      this.globalState[key] = value;
      // Before the style has loaded MapLibre refuses state; style.load applies what was stored.
      if (!this.styleReady) continue;
      this.map.getContainer().dataset.idle = "false";
      this.map.setGlobalStateProperty(key, value);
    }
  }

  setStyle(style: StyleSpecification): void {
    this.map.setStyle(style, { diff: true });
    for (const [key, value] of Object.entries(this.globalState)) this.map.setGlobalStateProperty(key, value);
    this.applyOverlays();
  }

  /** Replaces the data of the given planner overlays (the style keeps them empty). */
  setOverlays(overlays: Partial<Record<PlannerOverlayName, FeatureCollection>>): void {
    this.overlays = { ...this.overlays, ...overlays };
    this.applyOverlays();
  }

  private applyOverlays(): void {
    for (const [name, data] of Object.entries(this.overlays)) {
      this.map.getSource<GeoJSONSource>(name)?.setData(data);
    }
    this.draw.render();
  }

  setDrawMode(mode: DrawMode | null): void {
    this.draw.setMode(mode);
  }

  finishDrawing(): void {
    this.draw.finish();
  }

  setReducedMotion(reduced: boolean): void {
    this.reducedMotion = reduced;
  }

  frame(bounds: [number, number, number, number], padding: number | PaddingLike, maxZoom = 13): void {
    this.map.fitBounds(bounds, { padding, maxZoom, duration: this.reducedMotion ? 0 : 900 });
  }

  flyTo(camera: Camera): void {
    const options = { center: [camera.longitude, camera.latitude] as [number, number], zoom: camera.zoom };
    if (this.reducedMotion) this.map.jumpTo(options);
    else this.map.flyTo({ ...options, duration: 1600, essential: false });
  }

  private stopWatchingBasemap: () => void = () => undefined;

  // Called after an online basemap is put into the style: reports if it never delivers a tile.
  watchOnlineBasemap(
    sourceIds: readonly string[],
    seconds: number,
    onFailure: (detail: string) => void,
  ): void {
    this.stopWatchingBasemap();
    this.stopWatchingBasemap = watchBasemap(this.map, sourceIds, seconds, onFailure);
  }

  resize(): void {
    this.map.resize();
  }

  destroy(): void {
    this.stopWatchingBasemap();
    this.draw.destroy();
    this.map.remove();
  }
}

export type PaddingLike = { top: number; bottom: number; left: number; right: number };

// MapLibre opens the compact attribution at start; on a phone it would cover a third of the map. The
// "i" button still opens it. 640 px is MapLibre's own threshold for the compact attribution.
function collapseAttributionOnSmallScreens(container: HTMLElement): void {
  if (container.offsetWidth > 640) return;
  const attribution = container.querySelector(".maplibregl-ctrl-attrib.maplibregl-compact-show");
  attribution?.classList.remove("maplibregl-compact-show");
  attribution?.setAttribute("open", "");
}

function featureId(feature: MapGeoJSONFeature | undefined): string | null {
  const id = feature?.properties?.id;
  return typeof id === "string" ? id : null;
}
