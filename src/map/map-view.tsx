// React wrapper around MapController. Loaded lazily so the page shell, list and filters paint before
// MapLibre (the largest download) has arrived.
import type { FeatureCollection } from "geojson";
import { type Ref, useEffect, useImperativeHandle, useMemo, useRef } from "react";
import type { BasemapSourceName } from "../layers/basemap-layers";
import { mapStyle } from "../layers/map-style";
import { type ActiveBasemap, onlineSourceIds } from "../layers/online-basemap";
import type { PlannerOverlayName } from "../layers/planner-layers";
import type { Theme } from "../layers/theme";
import type { Camera } from "../state/view-state";
import { FONT_FACES } from "./bundled-assets";
import type { DrawMode } from "./draw-controller";
import { type MapExporter, readMapSnapshot } from "./export-png";
import { type MapCallbacks, MapController, type PaddingLike } from "./map-controller";

// When MapLibre has been run (this module imports it): the benchmark checks it comes after the shell's
// first paint.
performance.mark("map:code");

// Planner: ends the sketch from the panel's Finish button (touch screens have no double-click).
export interface DrawHandle {
  finish: () => void;
}

export interface FrameRequest {
  bounds: [number, number, number, number];
  key: number; // changes each time the same bounds must be framed again
}

export interface MapViewProps extends MapCallbacks {
  // MapLibre could not start (no WebGL, or the browser refused a context): the page explains and the
  // list keeps working. The message is MapLibre's own.
  onUnavailable: (message: string) => void;
  theme: Theme;
  basemap: Record<BasemapSourceName, FeatureCollection>;
  projects: FeatureCollection;
  attribution: string;
  online: ActiveBasemap;
  onlineTimeoutSeconds: number;
  onBasemapFailure: (detail: string) => void;
  globalState: Record<string, unknown>;
  initialCamera: Camera | null;
  homeBounds: [number, number, number, number];
  frame: FrameRequest | null;
  flyTo: (Camera & { key: number }) | null;
  padding: PaddingLike;
  cooperativeGestures: boolean;
  reducedMotion: boolean;
  label: string;
  locale: Record<string, string>;
  // Presenter: reads the rendered map for the PNG export and the print image.
  exporter?: Ref<MapExporter | null>;
  // Planner: overlay data (catchments, chosen area) and the sketch mode; null stops sketching.
  overlays?: Partial<Record<PlannerOverlayName, FeatureCollection>>;
  drawMode?: DrawMode | null;
  drawing?: Ref<DrawHandle | null>;
}

export default function MapView(props: MapViewProps) {
  const container = useRef<HTMLDivElement>(null);
  const controller = useRef<MapController | null>(null);
  const callbacks = useRef<MapViewProps>(props);
  callbacks.current = props;

  const style = useMemo(
    () =>
      mapStyle({
        theme: props.theme,
        fontFaces: FONT_FACES,
        basemap: props.basemap,
        projects: props.projects,
        attribution: props.attribution,
        online: props.online,
      }),
    [props.theme, props.basemap, props.projects, props.attribution, props.online],
  );

  // Created once; later style changes (theme, data) are diffed in by setStyle.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the map is created once per mount
  useEffect(() => {
    if (!container.current) return;
    const forward: MapCallbacks = {
      onSelect: (id) => callbacks.current.onSelect(id),
      onHover: (id) => callbacks.current.onHover(id),
      onCameraChange: (camera) => callbacks.current.onCameraChange(camera),
      onFirstIdle: () => callbacks.current.onFirstIdle(),
      onError: (message) => callbacks.current.onError(message),
      onDraw: (event) => callbacks.current.onDraw?.(event),
    };
    // No separate WebGL probe: a second context costs as much as the map's own in software WebGL,
    // so the map's constructor is the probe (MapLibre throws when it gets no context).
    try {
      controller.current = new MapController(
        {
          container: container.current,
          style,
          camera: props.initialCamera,
          homeBounds: props.homeBounds,
          globalState: props.globalState,
          cooperativeGestures: props.cooperativeGestures,
          reducedMotion: props.reducedMotion,
          locale: props.locale,
        },
        forward,
      );
    } catch (error) {
      callbacks.current.onUnavailable(error instanceof Error ? error.message : String(error));
      return;
    }
    const observer = new ResizeObserver(() => controller.current?.resize());
    observer.observe(container.current);
    return () => {
      observer.disconnect();
      controller.current?.destroy();
      controller.current = null;
    };
  }, []);

  useImperativeHandle(
    props.exporter,
    () => ({ snapshot: () => (controller.current ? readMapSnapshot(controller.current.map) : null) }),
    [],
  );

  const firstStyle = useRef(style);
  useEffect(() => {
    if (style !== firstStyle.current) controller.current?.setStyle(style);
  }, [style]);

  useEffect(() => controller.current?.setGlobalState(props.globalState), [props.globalState]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: watch each newly chosen online basemap once
  useEffect(() => {
    controller.current?.watchOnlineBasemap(
      onlineSourceIds(props.online),
      props.onlineTimeoutSeconds,
      (detail) => callbacks.current.onBasemapFailure(detail),
    );
  }, [props.online]);
  useEffect(() => controller.current?.setReducedMotion(props.reducedMotion), [props.reducedMotion]);
  useEffect(() => {
    if (props.overlays) controller.current?.setOverlays(props.overlays);
  }, [props.overlays]);
  useEffect(() => controller.current?.setDrawMode(props.drawMode ?? null), [props.drawMode]);
  useImperativeHandle(props.drawing, () => ({ finish: () => controller.current?.finishDrawing() }), []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: reframe only when a new request arrives
  useEffect(() => {
    if (props.frame) controller.current?.frame(props.frame.bounds, props.padding);
  }, [props.frame?.key]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: fly only when a new request arrives
  useEffect(() => {
    if (props.flyTo) controller.current?.flyTo(props.flyTo);
  }, [props.flyTo?.key]);

  return <div ref={container} className="map-canvas" />;
}
