// What an import of a planner's own file returns. Messages are data (a code and its values), so the UI
// can show them in either language through formatImportMessage / formatImportProblem.
import type { FeatureCollection } from "geojson";

export type ImportFormat = "csv" | "geojson" | "kml" | "gpx" | "shapefile-zip";
export type GeometryKind = "point" | "line" | "polygon" | "mixed";
// The coordinate system the file's positions are in; everything is converted to WGS84 on import.
export type CoordinateSystem = "WGS84" | "GCJ-02" | "BD-09";

export interface ImportOptions {
  coordinateSystem?: CoordinateSystem;
  // CSV only: the header of the longitude / latitude column when it is not one the importer knows.
  longitudeColumn?: string;
  latitudeColumn?: string;
}

export type MessageValues = Record<string, string | number>;

// A whole-file message: a refusal, or a note about how the file was read.
export interface ImportMessage {
  code: string;
  values: MessageValues;
}

// Where a problem is, as the user sees the file: a spreadsheet row number (header = row 1) or a
// 1-based feature number with the feature's name when it has one.
export interface ProblemPlace {
  kind: "row" | "feature";
  number: number;
  name?: string;
}

export interface ImportProblem extends ImportMessage {
  where: ProblemPlace;
}

export interface ImportedLayer {
  name: string;
  // WGS84 longitude/latitude, RFC 7946.
  features: FeatureCollection;
  geometryKind: GeometryKind;
}

export interface ImportResult {
  format: ImportFormat;
  layer: ImportedLayer;
  // Rows or features found in the file, and how many of them are on the layer.
  total: number;
  imported: number;
  // Rows or features left out, the first MAX_LISTED_PROBLEMS of them; problemsNotListed counts the rest.
  problems: ImportProblem[];
  problemsNotListed: number;
  // Rows or features kept but worth a look (a position outside the map's region), capped the same way.
  flagged: ImportProblem[];
  flaggedNotListed: number;
  notes: ImportMessage[];
}

// A refusal says why nothing was imported; no partial layer comes with it.
export type ImportOutcome = { ok: true; result: ImportResult } | { ok: false; refusal: ImportMessage };

export interface ImportProgress {
  // Bytes of the file read so far, and the file's size in bytes.
  loaded: number;
  total: number;
}

export type ProgressListener = (progress: ImportProgress) => void;
