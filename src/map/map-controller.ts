// The one place that talks to MapLibre. Components hand it their props in one call (`setProps`), which
// diffs them against the last ones, in the manner of @vis.gl/react-maplibre: it never decides what is
// shown — filters arrive as global state, layers as a finished style from src/layers.
import { type Map as MapLibreMap, Popup } from "maplibre-gl";
import type { MapGlobalState } from "../layers/global-state";
import { watchBasemap } from "./basemap-watchdog";
import type { CameraRequest, Padding } from "./camera-request";
import { collapseAttribution, guardAttributionLinks } from "./collapse-attribution";
import { createMap } from "./create-map";
import { DrawController } from "./draw-controller";
import { HiddenProjects } from "./hidden-projects";
import { HomeView } from "./home-view";
import { LaterSourcesFiller } from "./later-sources-filler";
import { forwardMapErrors } from "./map-errors";
import { relabelControls } from "./map-locale";
import type { MapCallbacks, MapOptions, MapProps, OnlineWatch } from "./map-props";
import { showTooltip } from "./map-tooltip";
import { markWhenDrawn, moveCamera } from "./move-camera";
import { OverlayData } from "./overlay-data";
import { registerPmtilesProtocol } from "./pmtiles-protocol";
import { PointerPicking } from "./pointer-picking";
import { ProjectHighlighter } from "./project-highlighter";
import { resizeWhenChanged } from "./resize-when-changed";
import { UserLayerPainter } from "./user-layer-painter";

export class MapController {
  readonly map: MapLibreMap;
  private props: MapProps;
  private appliedState: Partial<MapGlobalState> = {};
  private styleReady = false;
  private readonly picking: PointerPicking;
  private readonly tooltip = new Popup({
    closeButton: false,
    closeOnClick: false,
    className: "map-tooltip",
    offset: 14,
    maxWidth: "18rem",
    focusAfterOpen: false, // a row in focus in the list keeps its focus
  });
  private readonly home: HomeView;
  private readonly draw: DrawController;
  private readonly userLayerPainter: UserLayerPainter;
  private readonly highlighter: ProjectHighlighter;
  private readonly laterSources: LaterSourcesFiller;
  private readonly hidden: HiddenProjects;
  private readonly overlayData: OverlayData;
  private readonly stopGuardingLinks: () => void;
  private stopWatchingBasemap: () => void = () => undefined;
  private stopForwardingErrors: () => void = () => undefined;

  constructor(
    options: MapOptions,
    props: MapProps,
    private readonly callbacks: MapCallbacks,
  ) {
    this.props = props;
    // Before any style: a PMTiles basemap, chosen now or later, asks MapLibre for pmtiles:// tiles.
    registerPmtilesProtocol();
    const camera = options.camera;
    this.map = createMap(options, props, carriesOutsideLayers(props));
    this.home = new HomeView(this.map, options.homeBounds, !camera);
    this.highlighter = new ProjectHighlighter(this.map);
    this.laterSources = new LaterSourcesFiller(this.map);
    this.hidden = new HiddenProjects(this.map);
    this.overlayData = new OverlayData(this.map);
    this.stopGuardingLinks = guardAttributionLinks(this.map.getContainer());
    this.applyGlobalState(props.globalState);
    this.bindEvents();
    this.draw = new DrawController(this.map, (event) => this.callbacks.onDraw?.(event));
    this.userLayerPainter = new UserLayerPainter(this.map, () => this.applyUserLayers());
    // While the planner sketches, clicks add corners (draw-controller.ts) instead of picking projects.
    this.picking = new PointerPicking(
      this.map,
      {
        drawing: () => this.draw.active,
        userFeatureAt: (point) => this.userLayerPainter.featureAt(point),
        showHover: (hoveredId) => {
          this.applyHighlight({ ...this.props.highlight, hoveredId });
        },
        moveTooltip: () => this.applyTooltip(),
      },
      callbacks,
    );
    this.draw.setMode(props.drawMode);
    this.watchOnline(props.online);
    this.applyTooltip();
    // A request made before the map existed (a linked project framed as the data arrived) applies now;
    // a remounted map keeps the camera it had instead of replaying an old request.
    if (props.cameraRequest && !camera) this.moveCamera(props.cameraRequest, props.padding);
    // The camera given stands in for the request (a link's map= kept on reload): done once drawn.
    else if (props.cameraRequest) markWhenDrawn(this.map, props.cameraRequest.key);
    // Read-only handle for browser tests and debugging in the console: the container element carries
    // the map, so nothing global is added to window.
    Object.defineProperty(options.container, "maplibreMap", { value: this.map, configurable: true });
  }

  /** Applies what differs from the last props: the only way the app changes the map. */
  setProps(next: MapProps): void {
    const previous = this.props;
    this.props = next;
    if (next.style !== previous.style) {
      this.map.setStyle(next.style, { diff: true, validate: carriesOutsideLayers(next) });
      this.appliedState = {};
    }
    this.applyGlobalState(next.globalState);
    if (next.style !== previous.style) {
      this.highlighter.reset();
      this.hidden.reset();
      this.laterSources.reset();
    }
    if (next.later !== previous.later || next.style !== previous.style) this.applyLaterSources();
    if (next.hiddenIds !== previous.hiddenIds || next.style !== previous.style) this.applyHidden();
    if (next.highlight !== previous.highlight || next.style !== previous.style) this.applyHighlight();
    if (next.style !== previous.style) this.applyOverlays(true);
    else if (next.overlays !== previous.overlays) this.applyOverlays(false);
    if (next.style !== previous.style) this.userLayerPainter.reset();
    if (next.userLayers !== previous.userLayers || next.style !== previous.style) this.applyUserLayers();
    if (next.drawMode !== previous.drawMode) this.draw.setMode(next.drawMode);
    if (next.online !== previous.online) this.watchOnline(next.online);
    if (next.tooltip !== previous.tooltip) this.applyTooltip();
    if (next.globalState.language !== previous.globalState.language) {
      relabelControls(this.map.getContainer(), next.globalState.language);
    }
    if (next.cameraRequest && next.cameraRequest.key !== previous.cameraRequest?.key) {
      this.moveCamera(next.cameraRequest, next.padding);
    }
  }

  private bindEvents(): void {
    const map = this.map;
    map.once("idle", () => {
      // Once per page: tests and the benchmark key on it (React's strict mode may mount the map twice).
      if (performance.getEntriesByName("map:idle").length === 0) performance.mark("map:idle");
      collapseAttribution(map.getContainer());
      this.laterSources.start();
      this.applyLaterSources();
      this.callbacks.onFirstIdle();
    });
    // data-idle on the container tells tests and the benchmark when a change has been drawn.
    const container = map.getContainer();
    map.on("style.load", () => {
      this.styleReady = true;
      this.appliedState = {};
      this.applyGlobalState(this.props.globalState);
      this.highlighter.reset();
      this.applyHighlight();
      this.laterSources.reset();
      this.applyLaterSources();
      this.hidden.reset();
      this.applyHidden();
      this.applyOverlays(true);
      this.userLayerPainter.reset();
      this.applyUserLayers();
    });
    map.on("idle", () => {
      container.dataset.idle = "true";
    });
    map.on("movestart", () => {
      container.dataset.idle = "false";
    });
    this.stopForwardingErrors = forwardMapErrors(map, (message) => this.callbacks.onError(message));
    map.on("moveend", () => {
      const center = map.getCenter();
      this.callbacks.onCameraChange({ longitude: center.lng, latitude: center.lat, zoom: map.getZoom() });
    });
  }

  // Only changed keys reach MapLibre: each change re-evaluates the layers that read that key.
  private applyGlobalState(state: MapGlobalState): void {
    // Before the style has loaded MapLibre refuses state; style.load applies what is current then.
    if (!this.styleReady) return;
    for (const [key, value] of Object.entries(state) as [keyof MapGlobalState, unknown][]) {
      if (JSON.stringify(this.appliedState[key]) === JSON.stringify(value)) continue;
      (this.appliedState as Record<string, unknown>)[key] = value;
      this.map.getContainer().dataset.idle = "false";
      this.map.setGlobalStateProperty(key, value);
    }
  }

  private applyHidden(): void {
    if (this.styleReady && this.hidden.apply(this.props.hiddenIds)) {
      this.map.getContainer().dataset.idle = "false";
    }
  }

  private applyHighlight(highlight = this.props.highlight): void {
    const shown = this.picking?.untold ? { ...highlight, hoveredId: this.picking.hoveredId } : highlight;
    if (this.styleReady && this.highlighter.apply(shown)) {
      this.map.getContainer().dataset.idle = "false";
    }
  }

  private applyLaterSources(): void {
    if (this.styleReady && this.laterSources.apply(this.props.later)) {
      this.map.getContainer().dataset.idle = "false";
    }
  }

  // The tooltip follows the pointer for the project under it, and sits on the project itself when the
  // hover came from the list (keyboard focus on a row).
  private applyTooltip(): void {
    const tooltip = this.props.tooltip;
    const { hoveredId, pointer } = this.picking;
    const at = tooltip && tooltip.id === hoveredId && pointer ? pointer : tooltip?.at;
    showTooltip(this.map, this.tooltip, tooltip, at ?? null);
  }

  private applyOverlays(force: boolean): void {
    this.overlayData.apply(this.props.overlays, force);
    if (force) this.draw.render();
  }

  private applyUserLayers(): void {
    if (!this.styleReady) return;
    try {
      this.userLayerPainter.apply(this.props.userLayers);
    } catch {
      // A style still loading refuses new sources; its load event applies them (see bindEvents).
    }
  }

  private moveCamera(request: CameraRequest, padding: Padding): void {
    this.home.leave();
    moveCamera(this.map, request, padding, this.props.reducedMotion);
  }

  private watchOnline(online: OnlineWatch): void {
    this.stopWatchingBasemap();
    this.stopWatchingBasemap = watchBasemap(this.map, online.sourceIds, online.timeoutSeconds, (detail) =>
      this.callbacks.onBasemapFailure(detail),
    );
  }

  /** Ends the sketch from the panel's Finish button (touch screens have no double-click). */
  finishDrawing(): void {
    this.draw.finish();
  }

  resize(): void {
    resizeWhenChanged(this.map);
  }

  destroy(): void {
    this.stopForwardingErrors();
    this.stopGuardingLinks();
    this.stopWatchingBasemap();
    this.draw.destroy();
    this.tooltip.remove();
    this.map.remove();
  }
}

// A style with an online basemap's layers: they come from a deployment or a user, not from the layer
// functions the unit tests validate, so MapLibre checks such a style against the spec.
function carriesOutsideLayers(props: MapProps): boolean {
  return props.online.sourceIds.length > 0;
}
