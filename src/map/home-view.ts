// The home view (the whole city, fitted) stays fitted while the page settles around the map. A notice,
// a pending-file line or a phone's collapsing address bar can change the map's size just after MapLibre
// fitted the city: without a refit the city is cropped (or small), and the first view is drawn at a
// zoom the size never asked for — at 10,000 projects one whole tile zoom deeper (z9 instead of z8, four
// times the tiles). Once anything else moves the camera (a gesture, a link, a framed project) the
// view is the user's and a resize leaves it alone.
import type { LngLatBoundsLike, Map as MapLibreMap } from "maplibre-gl";
import type { Bounds } from "../geo/coordinates";

export const HOME_PADDING = 24; // CSS pixels around the city outline

// A resize keeps the centre and zoom; anything that moved them was a gesture or a request.
const SAME_CAMERA = 1e-7; // degrees and zoom levels

interface Fitted {
  longitude: number;
  latitude: number;
  zoom: number;
}

export class HomeView {
  private fitted: Fitted | null; // the camera of the last fit, while the view is still home

  constructor(
    private readonly map: MapLibreMap,
    private readonly bounds: Bounds,
    startsFitted: boolean, // false when the page opened on a linked camera
  ) {
    this.fitted = startsFitted ? cameraOf(map) : null;
    // MapLibre's own size watcher and the controller's resize() both end in this event.
    map.on("resize", () => this.refit());
  }

  /** A camera request is about to move the map: the view is no longer the fitted home. */
  leave(): void {
    this.fitted = null;
  }

  private refit(): void {
    if (!this.fitted) return;
    const now = cameraOf(this.map);
    const moved =
      Math.abs(now.longitude - this.fitted.longitude) > SAME_CAMERA ||
      Math.abs(now.latitude - this.fitted.latitude) > SAME_CAMERA ||
      Math.abs(now.zoom - this.fitted.zoom) > SAME_CAMERA;
    if (moved) {
      this.fitted = null;
      return;
    }
    const camera = this.map.cameraForBounds(this.bounds as LngLatBoundsLike, { padding: HOME_PADDING });
    if (!camera?.center || camera.zoom === undefined) return;
    // The fit at the new size is the view already shown (only the width changed, say): no redraw.
    if (Math.abs(camera.zoom - now.zoom) <= SAME_CAMERA) return;
    this.map.jumpTo({ center: camera.center, zoom: camera.zoom });
    this.fitted = cameraOf(this.map);
  }
}

function cameraOf(map: MapLibreMap): Fitted {
  const center = map.getCenter();
  return { longitude: center.lng, latitude: center.lat, zoom: map.getZoom() };
}
