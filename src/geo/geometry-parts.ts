// Splits any GeoJSON geometry (including GeometryCollections) into its point, line and polygon parts,
// so each analysis reads only the kind of geometry it measures.
import type { Geometry, Position } from "geojson";

export interface GeometryParts {
  points: Position[];
  lines: Position[][];
  polygons: Position[][][];
}

export function geometryParts(geometry: Geometry | null): GeometryParts {
  const parts: GeometryParts = { points: [], lines: [], polygons: [] };
  collect(geometry, parts);
  return parts;
}

function collect(geometry: Geometry | null, parts: GeometryParts): void {
  if (!geometry) return;
  switch (geometry.type) {
    case "Point":
      parts.points.push(geometry.coordinates);
      break;
    case "MultiPoint":
      parts.points.push(...geometry.coordinates);
      break;
    case "LineString":
      parts.lines.push(geometry.coordinates);
      break;
    case "MultiLineString":
      parts.lines.push(...geometry.coordinates);
      break;
    case "Polygon":
      parts.polygons.push(geometry.coordinates);
      break;
    case "MultiPolygon":
      parts.polygons.push(...geometry.coordinates);
      break;
    case "GeometryCollection":
      for (const member of geometry.geometries) collect(member, parts);
      break;
  }
}
