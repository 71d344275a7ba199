// The part of shpjs (no types of its own) the importer uses: parseShp reads a .shp (reprojected to
// WGS84 from the .prj's text; without one the numbers are taken as longitude/latitude) into GeoJSON
// geometries, and parseDbf reads a .dbf in the encoding a .cpg names into one object per record.
declare module "shpjs" {
  import type { Geometry } from "geojson";

  export function parseShp(shp: DataView | ArrayBuffer | Uint8Array, prj?: string): (Geometry | null)[];
  export function parseDbf(dbf: DataView | ArrayBuffer | Uint8Array, cpg?: string): Record<string, unknown>[];
}
