// Jiaxing's extent (west, south, east, north; degrees WGS84) from the county polygons, with the bay shore:
// the map opens framed on it.
export const JIAXING_BOUNDS: [number, number, number, number] = [120.3, 30.35, 121.28, 31.04];
