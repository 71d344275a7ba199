// The part of shpjs (no types of its own) the importer uses: parseZip reads the .shp, .dbf, .cpg and
// .prj of every layer in a zip and returns WGS84 GeoJSON, one collection per layer.
declare module "shpjs" {
  import type { FeatureCollection } from "geojson";

  export type ShapefileLayer = FeatureCollection & { fileName?: string };
  export function parseZip(
    buffer: ArrayBuffer | Uint8Array,
    whiteList?: string[],
  ): Promise<ShapefileLayer | ShapefileLayer[]>;
}
