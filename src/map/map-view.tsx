// React wrapper around MapController. Loaded lazily so the page shell, list and filters paint before
// MapLibre (the largest download) has arrived. Every render hands the controller its props in one call;
// the controller applies only what changed.
import type { FeatureCollection } from "geojson";
import { type Ref, useEffect, useImperativeHandle, useLayoutEffect, useMemo, useRef } from "react";
import type { BasemapCollections } from "../data/basemap-schema";
import type { Camera } from "../geo/camera";
import type { Bounds } from "../geo/coordinates";
import type { MapGlobalState } from "../layers/global-state";
import { splitLaterSources } from "../layers/later-sources";
import { mapStyle } from "../layers/map-style";
import { type ActiveBasemap, onlineSourceIds } from "../layers/online-basemap";
import type { PlannerOverlayName } from "../layers/planner-layers";
import type { ProjectHighlight } from "../layers/project-highlight";
import type { Theme } from "../layers/theme";
import { type UserLayerView, userLayerStyles } from "../layers/user-layers";
import { FONT_FACES } from "./bundled-assets";
import type { CameraRequest, Padding } from "./camera-request";
import type { DrawMode } from "./draw-controller";
import { type MapExporter, readMapSnapshot } from "./export-png";
import { BILINGUAL_ATTRIBUTION } from "./map-attribution";
import { MapController } from "./map-controller";
import { MAP_LOCALES } from "./map-locale";
import type { MapCallbacks, MapProps } from "./map-props";
import type { MapTooltip } from "./map-tooltip";

// When MapLibre has been run (this module imports it): the benchmark checks it comes after the shell's
// first paint.
performance.mark("map:code");

// Planner: ends the sketch from the panel's Finish button (touch screens have no double-click).
export interface DrawHandle {
  finish: () => void;
}

const NO_OVERLAYS: Partial<Record<PlannerOverlayName, FeatureCollection>> = {};
const NO_USER_LAYERS: readonly UserLayerView[] = [];

export interface MapViewProps extends MapCallbacks {
  // MapLibre could not start (no WebGL, or the browser refused a context): the page explains and the
  // list keeps working. The message is MapLibre's own.
  onUnavailable: (message: string) => void;
  theme: Theme;
  basemap: BasemapCollections;
  projects: FeatureCollection;
  online: ActiveBasemap;
  onlineTimeoutSeconds: number;
  globalState: MapGlobalState;
  highlight: ProjectHighlight;
  hiddenIds: ReadonlySet<string>; // the projects the filters leave out
  initialCamera: Camera | null;
  homeBounds: Bounds;
  cameraRequest: CameraRequest | null;
  padding: Padding;
  cooperativeGestures: boolean;
  reducedMotion: boolean;
  locale: Record<string, string>;
  tooltip?: MapTooltip | null; // what is under the pointer or the list row in focus
  // Presenter: reads the rendered map for the PNG export and the print image.
  exporter?: Ref<MapExporter | null>;
  // Planner: overlay data (catchments, chosen area) and the sketch mode; null stops sketching.
  overlays?: Partial<Record<PlannerOverlayName, FeatureCollection>>;
  drawMode?: DrawMode | null;
  drawing?: Ref<DrawHandle | null>;
  // The planner's own layers (issue 17), drawn above the basemap and below the projects.
  userLayers?: readonly UserLayerView[];
}

export default function MapView(props: MapViewProps) {
  const container = useRef<HTMLDivElement>(null);
  const controller = useRef<MapController | null>(null);
  const latest = useRef<MapViewProps>(props);
  latest.current = props;

  // The map starts without the sources its first picture does not need; the controller hands them over.
  const { style, later } = useMemo(
    () =>
      splitLaterSources(
        mapStyle({
          theme: props.theme,
          fontFaces: FONT_FACES,
          basemap: props.basemap,
          projects: props.projects,
          attribution: BILINGUAL_ATTRIBUTION,
          online: props.online,
        }),
      ),
    [props.theme, props.basemap, props.projects, props.online],
  );
  const online = useMemo(
    () => ({ sourceIds: onlineSourceIds(props.online), timeoutSeconds: props.onlineTimeoutSeconds }),
    [props.online, props.onlineTimeoutSeconds],
  );
  const userLayers = useMemo(
    () => userLayerStyles(props.userLayers ?? NO_USER_LAYERS, props.theme),
    [props.userLayers, props.theme],
  );
  const mapProps: MapProps = {
    style,
    later,
    globalState: props.globalState,
    highlight: props.highlight,
    hiddenIds: props.hiddenIds,
    reducedMotion: props.reducedMotion,
    overlays: props.overlays ?? NO_OVERLAYS,
    drawMode: props.drawMode ?? null,
    online,
    cameraRequest: props.cameraRequest,
    padding: props.padding,
    userLayers,
    tooltip: props.tooltip ?? null,
  };

  // Created once per mount, as the map's element is attached rather than at the browser's next frame
  // (a passive effect waited 0.1–0.3 s for it while the page started); everything after goes through
  // setProps below.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the map is created once per mount
  useLayoutEffect(() => {
    if (!container.current) return;
    const forward: MapCallbacks = {
      onSelect: (id, at) => latest.current.onSelect(id, at),
      onHover: (id) => latest.current.onHover(id),
      onCameraChange: (camera) => latest.current.onCameraChange(camera),
      onFirstIdle: () => latest.current.onFirstIdle(),
      onError: (message) => latest.current.onError(message),
      onDraw: (event) => latest.current.onDraw?.(event),
      onBasemapFailure: (detail) => latest.current.onBasemapFailure(detail),
      onUserFeature: (pick) => latest.current.onUserFeature?.(pick),
      onChoose: (ids, point, at) => latest.current.onChoose?.(ids, point, at),
    };
    // No separate WebGL probe: a second context costs as much as the map's own in software WebGL,
    // so the map's constructor is the probe (MapLibre throws when it gets no context).
    try {
      controller.current = new MapController(
        {
          container: container.current,
          camera: props.initialCamera,
          homeBounds: props.homeBounds,
          cooperativeGestures: props.cooperativeGestures,
          // MapLibre's controls in the interface language; the controller relabels them on a switch.
          locale: { ...MAP_LOCALES[props.globalState.language], ...props.locale },
        },
        mapProps,
        forward,
      );
    } catch (error) {
      latest.current.onUnavailable(error instanceof Error ? error.message : String(error));
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

  // One place where props reach the map; the controller diffs them.
  useEffect(() => controller.current?.setProps(mapProps));

  useImperativeHandle(
    props.exporter,
    () => ({ snapshot: () => (controller.current ? readMapSnapshot(controller.current.map) : null) }),
    [],
  );
  useImperativeHandle(props.drawing, () => ({ finish: () => controller.current?.finishDrawing() }), []);

  return <div ref={container} className="map-canvas" />;
}
