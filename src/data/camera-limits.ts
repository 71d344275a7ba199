// How far the map's camera may go, in one place so the basemap build can cover all of it. The map
// (its maxBounds, minZoom and maxZoom) and the tour's camera check should read these too.

/** [[west, south], [east, north]] in degrees WGS84: Jiaxing with about 250–350 km around it. */
export const MAP_MAX_BOUNDS: [[number, number], [number, number]] = [
  [117.5, 28.5],
  [124.5, 33.5],
];

/** Web-mercator zoom levels. MapLibre zooms in rather than show more than MAP_MAX_BOUNDS. */
export const MAP_MIN_ZOOM = 6;
export const MAP_MAX_ZOOM = 17;
