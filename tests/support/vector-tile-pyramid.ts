// Cuts GeoJSON layers into Mapbox vector tiles (geojson-vt slices, vt-pbf encodes), zoom by zoom over a
// box per zoom, for the test archives of pmtiles-writer.ts.
import type { FeatureCollection } from "geojson";
import GeoJSONVT, { type LegacyTile } from "geojson-vt";
import { fromGeojsonVt } from "vt-pbf";
import type { Bounds } from "../../src/geo/coordinates";
import type { TileToWrite } from "./pmtiles-writer";

export interface PyramidOptions {
  minZoom: number;
  maxZoom: number;
  boxAt: (zoom: number) => Bounds; // the tiles written at a zoom: those touching this box
  layerMinZoom?: Record<string, number>; // a layer left out of the tiles below its zoom (buildings)
}

const EXTENT = 4096; // tile units, as MapLibre and Protomaps use

/** The web-mercator tile column and row holding a position at a zoom. */
export function tileAt(longitude: number, latitude: number, zoom: number): [number, number] {
  const n = 2 ** zoom;
  const radians = (latitude * Math.PI) / 180;
  const x = Math.floor(((longitude + 180) / 360) * n);
  const y = Math.floor(((1 - Math.log(Math.tan(radians) + 1 / Math.cos(radians)) / Math.PI) / 2) * n);
  return [Math.min(n - 1, Math.max(0, x)), Math.min(n - 1, Math.max(0, y))];
}

export function vectorTilePyramid(
  layers: Record<string, FeatureCollection>,
  options: PyramidOptions,
): TileToWrite[] {
  const indexes = Object.entries(layers).map(
    ([name, collection]) =>
      [
        name,
        new GeoJSONVT(collection, { maxZoom: options.maxZoom, indexMaxZoom: 0, extent: EXTENT, buffer: 64 }),
      ] as const,
  );
  const tiles: TileToWrite[] = [];
  for (let z = options.minZoom; z <= options.maxZoom; z += 1) {
    const [west, south, east, north] = options.boxAt(z);
    const [left, top] = tileAt(west, north, z);
    const [right, bottom] = tileAt(east, south, z);
    for (let x = left; x <= right; x += 1) {
      for (let y = top; y <= bottom; y += 1) {
        const content: Record<string, LegacyTile> = {};
        for (const [name, index] of indexes) {
          if (z < (options.layerMinZoom?.[name] ?? 0)) continue;
          const tile = index.getTile(z, x, y);
          if (tile && tile.features.length > 0) content[name] = tile;
        }
        if (Object.keys(content).length > 0)
          tiles.push({ z, x, y, data: fromGeojsonVt(content, { version: 2, extent: EXTENT }) });
      }
    }
  }
  return tiles;
}
