// The kind of a layer as the UI styles it: all points, all lines, all polygons, or a mix. An empty
// layer counts as mixed, since nothing says what it will hold.
import type { Feature, Geometry } from "geojson";
import type { GeometryKind } from "./import-types";

export function geometryKindOf(features: readonly Feature[]): GeometryKind {
  const kinds = new Set<GeometryKind>();
  for (const feature of features) if (feature.geometry) collectKinds(feature.geometry, kinds);
  if (kinds.size === 1) return [...kinds][0] as GeometryKind;
  return "mixed";
}

function collectKinds(geometry: Geometry, kinds: Set<GeometryKind>): void {
  if (geometry.type === "Point" || geometry.type === "MultiPoint") kinds.add("point");
  else if (geometry.type === "LineString" || geometry.type === "MultiLineString") kinds.add("line");
  else if (geometry.type === "Polygon" || geometry.type === "MultiPolygon") kinds.add("polygon");
  else for (const member of geometry.geometries) collectKinds(member, kinds);
}
