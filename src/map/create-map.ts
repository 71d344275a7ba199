// The MapLibre map as the app wants it: the region's limits, no rotation, the bundled fonts for Chinese,
// a drawing buffer the image export can read, and the controls in their corners.
import {
  AttributionControl,
  type LngLatBoundsLike,
  Map as MapLibreMap,
  NavigationControl,
  ScaleControl,
} from "maplibre-gl";
import "maplibre-gl/dist/maplibre-gl.css";
import { MAP_LIMITS } from "../geo/camera";
import { HOME_PADDING } from "./home-view";
import type { MapOptions, MapProps } from "./map-props";

export function createMap(options: MapOptions, props: MapProps, validateStyle: boolean): MapLibreMap {
  const camera = options.camera;
  const [west, south, east, north] = MAP_LIMITS.maxBounds;
  const map = new MapLibreMap({
    container: options.container,
    style: props.style,
    ...(camera
      ? { center: [camera.longitude, camera.latitude], zoom: camera.zoom }
      : { bounds: options.homeBounds as LngLatBoundsLike, fitBoundsOptions: { padding: HOME_PADDING } }),
    attributionControl: false,
    cooperativeGestures: options.cooperativeGestures,
    locale: options.locale,
    maxBounds: [
      [west, south],
      [east, north],
    ],
    minZoom: MAP_LIMITS.minZoom,
    maxZoom: MAP_LIMITS.maxZoom,
    dragRotate: false,
    pitchWithRotate: false,
    // Draw Chinese with the bundled Noto Sans SC too, not the machine's own fonts: labels then look the
    // same on every computer, with or without CJK fonts installed.
    localIdeographFontFamily: false,
    // No `alpha: false` here: MapLibre always asks for an alpha channel (the context reports alpha: true
    // whatever is passed), so the browser composites the page under the map in every frame regardless.
    canvasContextAttributes: { preserveDrawingBuffer: true },
    // Labels fading in and out over 300 ms are motion too: with reduced motion they appear at once (and
    // the map draws one frame for a change instead of a 300 ms run of them).
    fadeDuration: props.reducedMotion ? 0 : 300,
    // The embedded style is validated by unit tests for both themes; checking it again here cost
    // ≈ 50 ms of the main thread as the map starts. A style carrying outside layers is checked.
    validateStyle,
  });
  map.touchZoomRotate.disableRotation();
  map.addControl(new NavigationControl({ showCompass: false }), "top-right");
  map.addControl(new ScaleControl({ unit: "metric", maxWidth: 120 }), "bottom-right");
  map.addControl(new AttributionControl({ compact: true }), "bottom-right");
  return map;
}
